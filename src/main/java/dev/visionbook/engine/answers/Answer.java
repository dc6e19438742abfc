package dev.visionbook.engine.answers;

import dev.visionbook.engine.question.Question;
import java.util.List;

/**
 * The engine's answer, typed: the direct answer to the question ({@link Lead}), the details
 * ({@link Section}s), the values it rests on ({@link Facts}), the parts measured, and what the
 * engine could not do. Rendered once, to Markdown or to JSON, by {@code engine.render}.
 *
 * @param question what was asked
 * @param lead the short answer
 * @param facts the measured values behind it
 * @param sections the details, in order
 * @param parts the media measured
 * @param limitation what this answer cannot say, for the closing note (empty for none)
 */
public record Answer(Question question, Lead lead, Facts facts, List<Section> sections, List<Evidence> parts,
        String limitation) {

    public Answer {
        sections = List.copyOf(sections);
        parts = List.copyOf(parts);
        limitation = limitation == null ? "" : limitation;
    }
}
