package dev.visionbook.engine.answers;

import dev.visionbook.engine.analysis.Scene;
import dev.visionbook.engine.analysis.TextSpan;
import dev.visionbook.engine.analysis.VideoAnalysis;
import dev.visionbook.engine.question.Form;
import dev.visionbook.engine.question.Question;
import java.util.ArrayList;
import java.util.List;

/**
 * "Summarize this video" (its measured outline: scenes with key frames, text on screen, speech,
 * and a quiz when asked) and "When does the scene change?" (the cuts).
 */
final class SummaryWriter implements Writer {

    @Override
    public Answer write(Question q, List<Evidence> parts) {
        List<Section> sections = new ArrayList<>();
        List<Double> starts = new ArrayList<>();
        List<Section.Said> said = new ArrayList<>();
        int scenes = 0;
        for (Evidence e : parts) {
            VideoAnalysis v = e.video();
            if (v == null) {
                if (e.audio() != null) {
                    said.addAll(Speech.said(e.audio(), 0, Double.MAX_VALUE));
                    List<Section.Item> items = new ArrayList<>(Speech.said(e.audio(), 0, Double.MAX_VALUE));
                    items.add(new Section.Note(Speech.note(e.audio())));
                    sections.add(new Section("Speech", items));
                } else {
                    sections.add(new Section(e.title() + " — " + e.label(), PartDetails.of(e)));
                }
                continue;
            }
            scenes += v.scenes().size();
            List<List<String>> rows = new ArrayList<>();
            int n = 1;
            for (Scene s : v.scenes()) {
                starts.add(s.start());
                rows.add(List.of(String.valueOf(n++), Md.time(s.start()), Md.time(s.end()), Md.time(s.keyFrameAt()),
                        Md.frame(s.keyFrame())));
            }
            String title = (parts.size() > 1 ? e.title() + ": " : "") + (q.form() == Form.SCENES ? "Scenes" : "Outline")
                    + ", from " + v.scenes().size() + (v.scenes().size() == 1 ? " scene" : " scenes") + " over "
                    + Md.seconds(v.seconds()) + ", frames sampled at " + Md.fps(v.fps());
            sections.add(new Section(title, List.of(new Section.Table(List.of("Scene", "From", "To", "Key frame",
                    "What the key frame shows"), rows))));
            if (q.form() == Form.SCENES) {
                continue;
            }
            sections.add(new Section("Text on screen", text(v.text())));
            List<Section.Said> speech = Speech.said(v.transcript(), 0, Double.MAX_VALUE);
            said.addAll(speech);
            List<Section.Item> items = new ArrayList<>(speech);
            if (speech.isEmpty()) {
                items.add(new Section.Note("(none recognised)"));
            }
            items.add(new Section.Note(Speech.note(v.transcript())));
            sections.add(new Section("Speech", items));
            if (q.quiz()) {
                sections.add(new QuizMaker(v).section());
            }
        }
        String sentence = String.join(" ", parts.stream().map(Sentences::of).toList());
        Lead lead = q.form() == Form.SCENES ? new Lead.Statement(scenes + (scenes == 1 ? " scene" : " scenes")
                + (starts.size() > 1 ? "; the cuts are at " + String.join(", ", starts.subList(1, starts.size())
                .stream().map(Md::time).toList()) + "." : ", with no cut.")) : new Lead.Details();
        Facts facts = new Facts(sentence, null, q.form() == Form.SCENES ? scenes : null, List.of(), List.of(),
                parts.stream().filter(e -> e.video() != null).flatMap(e -> e.video().text().stream())
                        .map(TextSpan::first).toList(), said, starts);
        return new Answer(q, lead, facts, sections, parts, q.quiz() ? "the outline lists measurements rather than a"
                + " model's summary, and the quiz is made mechanically from the transcript and on-screen text"
                : q.form() == Form.SCENES ? "cuts are found where the colours of consecutive frames change"
                : "the outline lists measurements rather than a model's summary");
    }

    private static List<Section.Item> text(List<TextSpan> spans) {
        if (spans.isEmpty()) {
            return List.of(new Section.Note("(none read)"));
        }
        return spans.stream().map(span -> (Section.Item) new Section.Fact(Md.time(span.from()) + "–"
                + Md.time(span.to()), "\"" + span.first() + "\"" + (span.changing() ? " … \"" + span.last()
                + "\" (its numbers change)" : ""))).toList();
    }
}
