package dev.visionbook.engine.answers;

import dev.visionbook.engine.analysis.Scene;
import dev.visionbook.engine.analysis.Transcript;
import dev.visionbook.engine.question.Question;
import java.util.ArrayList;
import java.util.List;

/**
 * "Transcribe the audio": the recognised speech with MM:SS times. "… Also provide visual
 * descriptions": shot by shot, each shot with its key frame's description and what was said in it.
 */
final class TranscriptWriter implements Writer {

    @Override
    public Answer write(Question q, List<Evidence> parts) {
        List<Section> sections = new ArrayList<>();
        List<Section.Said> all = new ArrayList<>();
        for (Evidence e : parts) {
            Transcript t = e.transcript();
            if (e.failed()) {
                sections.add(new Section(e.title(), List.of(new Section.Note("Could not be analysed: " + e.error()))));
            } else if (t == null) {
                sections.add(new Section(e.title(), List.of(new Section.Note("An image has no sound to transcribe."))));
            } else if (e.video() != null && q.visual()) {
                int shot = 1;
                for (Scene s : e.video().scenes()) {
                    List<Section.Item> items = new ArrayList<>();
                    items.add(new Section.Fact("Visual", Md.frame(s.keyFrame())));
                    List<Section.Said> said = Speech.said(t, s.start(), s.end());
                    all.addAll(said);
                    items.addAll(said.isEmpty() ? List.of(new Section.Note("(no speech recognised in this shot)")) : said);
                    sections.add(new Section(Md.time(s.start()) + "–" + Md.time(s.end()) + " · shot " + shot++, items));
                }
                sections.add(new Section("", List.of(new Section.Note(Speech.note(t)))));
            } else {
                List<Section.Said> said = Speech.said(t, 0, Double.MAX_VALUE);
                all.addAll(said);
                List<Section.Item> items = new ArrayList<>(said);
                if (said.isEmpty()) {
                    items.add(new Section.Note(t.unavailable() != null ? "No transcript: " + t.unavailable() + "."
                            : "(no speech recognised)"));
                }
                items.add(new Section.Note(Speech.note(t)));
                sections.add(new Section(parts.size() > 1 ? e.title() : "Transcript", items));
            }
        }
        Facts facts = new Facts(String.join(" ", all.stream().map(Section.Said::words).toList()), null, null,
                List.of(), List.of(), List.of(), all, all.stream().map(Section.Said::at).toList());
        return new Answer(q, new Lead.Details(), facts, sections, parts, q.visual()
                ? "the transcript is automatic speech recognition, unedited, and the visual descriptions list measured"
                + " objects, text and colours rather than a model's narration"
                : "the transcript is automatic speech recognition, unedited");
    }
}
