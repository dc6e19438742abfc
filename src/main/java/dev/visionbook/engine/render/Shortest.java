package dev.visionbook.engine.render;

import dev.visionbook.engine.answers.Answer;
import dev.visionbook.engine.answers.Facts;
import dev.visionbook.engine.answers.Lead;
import dev.visionbook.engine.question.Question;
import dev.visionbook.engine.question.Style;
import java.util.Optional;

/**
 * The answer in the shape a system instruction or the prompt asks for — "a single number", "yes or
 * no", "one word", "one sentence" — when the answer holds that value; otherwise nothing, and the
 * full answer is given (with its reason, never a made-up value).
 */
final class Shortest {

    private Shortest() {
    }

    static Optional<String> of(Answer answer) {
        Question q = answer.question();
        Facts facts = answer.facts();
        Lead lead = answer.lead();
        if (lead instanceof Lead.CannotTell c && MarkdownRenderer.terse(answer)) {
            return Optional.of("Cannot tell: " + c.why());
        }
        if (q.has(Style.NUMBER_ONLY) && facts.count() != null) {
            return Optional.of(String.valueOf(facts.count()));
        }
        if (q.has(Style.YES_NO) && facts.yes() != null) {
            // A detector's miss is no proof of absence: "no" is said only of what was measured to differ.
            return Optional.of(facts.yes() ? "Yes." : lead instanceof Lead.Presence
                    ? "Cannot tell for sure: the detectors did not find one." : "No.");
        }
        if (q.has(Style.ONE_WORD)) {
            if (facts.yes() != null) {
                return Optional.of(facts.yes() ? "Yes" : "No");
            }
            if (facts.count() != null && lead instanceof Lead.Count) {
                return Optional.of(String.valueOf(facts.count()));
            }
            if (lead instanceof Lead.Colours && !facts.colours().isEmpty()) {
                return Optional.of(facts.colours().get(0));
            }
            if (!facts.found().isEmpty()) {
                return Optional.of(facts.found().get(0).label());
            }
        }
        if (q.has(Style.ONE_SENTENCE) || q.has(Style.ONE_WORD)) {
            return leadSentence(answer).map(s -> s.replace("**", ""));
        }
        return Optional.empty();
    }

    /** The lead as one sentence, or the measured sentence when the lead is all detail. */
    static Optional<String> leadSentence(Answer answer) {
        Lead lead = answer.lead();
        if (lead instanceof Lead.Statement s) {
            return Optional.of(s.sentence());
        }
        if (lead instanceof Lead.Presence p) {
            return Optional.of(p.present() ? "Yes: " + Phrases.found(p.found()) + "."
                    : Phrases.notFound(p.asked(), p.others()).replace("**", ""));
        }
        if (lead instanceof Lead.Count c) {
            return Optional.of(c.count() + " " + c.asked() + ".");
        }
        if (lead instanceof Lead.Colours c) {
            return Optional.of(Phrases.colours(c));
        }
        if (lead instanceof Lead.Read r) {
            return Optional.of(r.lines().isEmpty() ? "No text was read." : "The text reads: \""
                    + String.join(" / ", r.lines()) + "\"" + (r.language().isEmpty() ? "."
                    : "; the local engine cannot translate it into " + r.language() + "."));
        }
        if (lead instanceof Lead.Boxes b && !b.found().isEmpty()) {
            return Optional.of(Phrases.found(b.found()) + ".");
        }
        return Optional.ofNullable(answer.facts().sentence()).filter(s -> !s.isBlank());
    }
}
