package dev.visionbook.engine.answers;

import dev.visionbook.engine.analysis.Scene;
import dev.visionbook.engine.analysis.Utterance;
import dev.visionbook.engine.analysis.VideoAnalysis;
import dev.visionbook.engine.analysis.Word;
import dev.visionbook.engine.question.Question;
import dev.visionbook.media.MediaException;
import java.util.ArrayList;
import java.util.List;

/**
 * Questions about MM:SS moments of a video: for each moment, the frame shown then, its scene,
 * the text on screen, and what is said from a few seconds before to a few seconds after.
 */
final class MomentWriter implements Writer {

    /** Speech this long before and after a moment is quoted with it. */
    private static final double AROUND = 4;
    private static final int MAX_MOMENTS = 8;

    private final Regions regions;

    MomentWriter(Regions regions) {
        this.regions = regions;
    }

    @Override
    public Answer write(Question q, List<Evidence> parts) {
        List<Section> sections = new ArrayList<>();
        List<Section.Said> said = new ArrayList<>();
        for (Evidence e : parts) {
            if (e.video() == null) {
                continue;
            }
            for (double at : q.moments().subList(0, Math.min(MAX_MOMENTS, q.moments().size()))) {
                sections.add(moment(e, e.video(), at, said, parts.size() > 1));
            }
        }
        Lead lead = parts.stream().anyMatch(e -> e.video() != null) ? new Lead.Details()
                : new Lead.CannotTell(q.text(), "the prompt names moments, but it holds no video that could be analysed.");
        return new Answer(q, lead, new Facts(null, null, null, List.of(), List.of(), List.of(), said, q.moments()),
                sections, parts, "what a moment is meant to show or teach needs a model's reasoning; above is what is"
                        + " seen and said around each moment");
    }

    private Section moment(Evidence e, VideoAnalysis v, double at, List<Section.Said> allSaid, boolean titled) {
        String title = (titled ? e.title() + ", at " : "At ") + Md.time(at);
        if (at >= v.seconds()) {
            return new Section(title, List.of(new Section.Note("The video is " + Md.seconds(v.seconds()) + " long, so "
                    + Md.time(at) + " is past its end.")));
        }
        List<Section.Item> items = new ArrayList<>();
        Scene scene = v.sceneAt(at);
        items.add(new Section.Fact("Scene", Md.time(scene.start()) + "–" + Md.time(scene.end())));
        try {
            items.add(new Section.Fact("Frame shown at " + Md.time(at), Md.frame(regions.frameAt(e, at))));
        } catch (MediaException ex) {
            items.add(new Section.Fact("Frame", "the frame at " + Md.time(at) + " could not be decoded ("
                    + ex.getMessage() + "); the scene's key frame at " + Md.time(scene.keyFrameAt()) + " shows: "
                    + Md.frame(scene.keyFrame())));
        }
        List<String> text = v.text().stream().filter(s -> s.from() <= at + 1e-6 && at < s.to())
                .map(s -> s.changing() ? "\"" + s.first() + "\" … \"" + s.last() + "\" (changing)" : "\"" + s.first() + "\"")
                .toList();
        items.add(new Section.Fact("Text on screen", text.isEmpty() ? "none read" : String.join(", ", text)));
        if (v.transcript().unavailable() != null) {
            items.add(new Section.Fact("Speech", v.transcript().unavailable()));
        } else {
            List<String> pieces = new ArrayList<>();
            for (Utterance u : v.transcript().utterances()) {
                // Words that begin in the window, so no word's time falls before the window it is quoted for.
                List<Word> near = u.words().stream().filter(w -> w.start() >= at - AROUND && w.start() <= at + AROUND)
                        .toList();
                if (!near.isEmpty()) {
                    String words = String.join(" ", near.stream().map(Word::text).toList());
                    allSaid.add(new Section.Said(near.get(0).start(), words));
                    pieces.add("[" + Md.time(near.get(0).start()) + "] " + words);
                }
            }
            items.add(new Section.Fact("Said from " + Md.time(Math.max(0, at - AROUND)) + " to " + Md.time(at + AROUND),
                    pieces.isEmpty() ? "nothing recognised" : "\"" + String.join(" … ", pieces) + "\""));
        }
        return new Section(title, items);
    }
}
