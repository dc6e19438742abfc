package dev.visionbook.engine.answers;

import dev.visionbook.engine.analysis.TextLine;
import dev.visionbook.engine.analysis.TextSpan;
import dev.visionbook.engine.question.Form;
import dev.visionbook.engine.question.Question;
import java.util.ArrayList;
import java.util.List;

/**
 * "What does the sign say?", "Read the text", "Translate the text into French": each line OCR
 * read (for a video, the text on screen by time); a translation is declined in one line, with the
 * text read.
 */
final class TextWriter implements Writer {

    @Override
    public Answer write(Question q, List<Evidence> parts) {
        List<String> lines = new ArrayList<>();
        List<Section> sections = new ArrayList<>();
        for (Evidence e : parts) {
            List<Section.Item> items = new ArrayList<>();
            if (e.image() != null) {
                for (TextLine line : e.image().text()) {
                    lines.add(line.text());
                    items.add(new Section.Fact("\"" + line.text() + "\"", Md.box(line.box(), e.width(), e.height())
                            + " (confidence " + line.confidence() + " %)"));
                }
                e.image().notes().forEach(note -> items.add(new Section.Note(note)));
            } else if (e.video() != null) {
                for (TextSpan span : e.video().text()) {
                    lines.add(span.first());
                    items.add(new Section.Fact(Md.time(span.from()) + "–" + Md.time(span.to()), "\"" + span.first()
                            + "\"" + (span.changing() ? " … \"" + span.last() + "\" (its numbers change)" : "")));
                }
            }
            if (!items.isEmpty()) {
                sections.add(new Section(parts.size() > 1 ? e.title() : "Where each line was read", items));
            }
        }
        String language = q.form() == Form.TRANSLATE ? (q.language().isEmpty() ? "another language" : q.language())
                : "";
        Facts facts = new Facts(null, null, lines.size(), List.of(), List.of(), lines, List.of(), List.of());
        return new Answer(q, new Lead.Read(lines, language), facts, sections, parts,
                "text was read by Tesseract OCR; words read with low confidence are left out");
    }
}
