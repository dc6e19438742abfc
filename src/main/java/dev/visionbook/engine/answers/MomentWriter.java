package dev.visionbook.engine.answers;

import dev.visionbook.engine.analysis.ImageAnalyzer;
import dev.visionbook.engine.analysis.Scene;
import dev.visionbook.engine.analysis.Utterance;
import dev.visionbook.engine.analysis.VideoAnalysis;
import dev.visionbook.engine.analysis.Word;
import dev.visionbook.media.MediaException;
import dev.visionbook.media.VideoFrames;
import java.time.Duration;
import java.util.List;

/**
 * Questions about MM:SS moments of a video: for each moment, the frame shown then (decoded and
 * analysed), its scene, the text on screen, and what is said from a few seconds before to a few
 * seconds after.
 */
final class MomentWriter {

    /** Speech this long before and after a moment is quoted with it. */
    private static final double AROUND = 4;
    private static final int MAX_MOMENTS = 8;

    private final ImageAnalyzer images;

    MomentWriter(ImageAnalyzer images) {
        this.images = images;
    }

    String write(Intent intent, List<Evidence> media) {
        StringBuilder out = new StringBuilder();
        for (Evidence e : media) {
            if (e.video() == null) {
                continue;
            }
            VideoAnalysis v = e.video();
            if (media.size() > 1) {
                out.append("### ").append(e.title()).append(" — ").append(e.label()).append("\n\n");
            }
            for (double at : intent.moments().subList(0, Math.min(MAX_MOMENTS, intent.moments().size()))) {
                moment(out, e, v, at);
            }
        }
        if (media.stream().noneMatch(e -> e.video() != null)) {
            out.append("The prompt names moments, but it holds no video that could be analysed.\n");
        }
        Md.measured(out, media);
        Md.footer(out, "what a moment is meant to show or teach needs a model's reasoning; above is what is seen"
                + " and said around each moment");
        return out.toString();
    }

    private void moment(StringBuilder out, Evidence e, VideoAnalysis v, double at) {
        out.append("#### At ").append(Md.time(at)).append("\n\n");
        if (at >= v.seconds()) {
            out.append("The video is ").append(Md.seconds(v.seconds())).append(" long, so ").append(Md.time(at))
                    .append(" is past its end.\n\n");
            return;
        }
        Scene scene = v.sceneAt(at);
        out.append("- Scene: ").append(Md.time(scene.start())).append("–").append(Md.time(scene.end())).append('\n');
        try {
            out.append("- Frame shown at ").append(Md.time(at)).append(": ")
                    .append(DescribeWriter.frame(images.analyse(VideoFrames.frameAt(e.content(),
                            Duration.ofMillis(Math.round(at * 1000)))))).append('\n');
        } catch (MediaException ex) {
            out.append("- The frame at ").append(Md.time(at)).append(" could not be decoded (")
                    .append(ex.getMessage()).append("); the scene's key frame at ").append(Md.time(scene.keyFrameAt()))
                    .append(" shows: ").append(DescribeWriter.frame(scene.keyFrame())).append('\n');
        }
        List<String> text = v.text().stream().filter(s -> s.from() <= at + 1e-6 && at < s.to())
                .map(s -> s.changing() ? "\"" + s.first() + "\" … \"" + s.last() + "\" (changing)" : "\"" + s.first() + "\"")
                .toList();
        out.append("- Text on screen: ").append(text.isEmpty() ? "none read" : String.join(", ", text)).append('\n');
        if (v.transcript().unavailable() != null) {
            out.append("- Speech: ").append(v.transcript().unavailable()).append('\n');
        } else {
            StringBuilder said = new StringBuilder();
            for (Utterance u : v.transcript().utterances()) {
                // Words that begin in the window, so no word's time falls before the window it is quoted for.
                List<Word> near = u.words().stream().filter(w -> w.start() >= at - AROUND && w.start() <= at + AROUND)
                        .toList();
                if (!near.isEmpty()) {
                    said.append(said.length() == 0 ? "" : " … ").append("[").append(Md.time(near.get(0).start()))
                            .append("] ").append(String.join(" ", near.stream().map(Word::text).toList()));
                }
            }
            out.append("- Said from ").append(Md.time(Math.max(0, at - AROUND))).append(" to ")
                    .append(Md.time(at + AROUND)).append(": ").append(said.length() == 0 ? "nothing recognised"
                            : "\"" + said + "\"").append('\n');
        }
        out.append('\n');
    }
}
