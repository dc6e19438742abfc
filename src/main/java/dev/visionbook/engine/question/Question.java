package dev.visionbook.engine.question;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What a request asks, read once from its words: the form, the subjects, and how the answer
 * must be shaped. Writers answer this, never the raw prompt.
 *
 * @param text the question as asked (the last user turn's text)
 * @param form what kind of answer it wants
 * @param subjects what it is about, in the order named; empty when it asks about the whole media
 * @param attribute for {@link Form#ATTRIBUTE} (and yes/no colour questions), the word asked about
 *     ("glasses", "breed", "red"), else empty
 * @param moments the MM:SS times named, in seconds
 * @param quiz whether a quiz is asked for too
 * @param visual whether visual descriptions are asked for (transcripts)
 * @param styles how the answer must be shaped
 * @param language a language the answer or text should be in ("French"), else empty
 */
public record Question(String text, Form form, List<Subject> subjects, String attribute, List<Double> moments,
        boolean quiz, boolean visual, Set<Style> styles, String language) {

    public Question {
        subjects = List.copyOf(subjects);
        moments = List.copyOf(moments);
        styles = Set.copyOf(styles);
        attribute = attribute == null ? "" : attribute;
        language = language == null ? "" : language;
    }

    public boolean has(Style style) {
        return styles.contains(style);
    }

    /** The first subject, if any. */
    public Optional<Subject> subject() {
        return subjects.isEmpty() ? Optional.empty() : Optional.of(subjects.get(0));
    }

    /** The same question asked in another form (a writer that answers a combined question). */
    public Question as(Form other) {
        return new Question(text, other, subjects, attribute, moments, quiz, visual, styles, language);
    }
}
