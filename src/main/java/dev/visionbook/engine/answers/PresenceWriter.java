package dev.visionbook.engine.answers;

import dev.visionbook.engine.question.Question;
import dev.visionbook.engine.question.Subject;
import java.util.List;

/**
 * "Is there a motorcycle?", "Do you see any people?", "Is this a cat?": yes or no, with where;
 * a name the analyzers cannot recognise gets an honest "cannot tell", never a "no".
 */
final class PresenceWriter implements Writer {

    @Override
    public Answer write(Question q, List<Evidence> parts) {
        List<Subject> subjects = q.subjects().isEmpty() ? List.of(Subject.anything("anything")) : q.subjects();
        // "Is it a dog or a cat?": the first named thing that is there answers.
        Subject asked = subjects.get(0);
        List<Found> found = List.of();
        for (Subject subject : subjects) {
            List<Found> named = Match.foundIn(subject, parts);
            if (!named.isEmpty()) {
                asked = subject;
                found = named;
                break;
            }
        }
        if (found.isEmpty() && !Match.canRuleOut(asked, parts)) {
            return new Answer(q, new Lead.CannotTell(q.text(), "the object detector recognised nothing in this drawing"
                    + " (it is trained on photos), so it can neither find nor rule out \"" + asked.name() + "\"."),
                    new Facts(null, null, null, List.of(), List.of(), List.of(), List.of(), List.of()),
                    List.of(), parts, "");
        }
        if (found.isEmpty() && !asked.target().recognisable()) {
            return new Answer(q, new Lead.CannotTell(q.text(), "the local engine cannot recognise \"" + asked.name()
                    + "\": " + RECOGNISES + "."), new Facts(null, null, null, List.of(), List.of(), List.of(),
                    List.of(), List.of()), List.of(), parts, "");
        }
        Facts facts = new Facts(null, !found.isEmpty(), found.size(), found, List.of(), List.of(), List.of(),
                List.of());
        List<Found> others = found.isEmpty() ? Match.foundIn(Subject.anything("anything"), parts).stream()
                .filter(f -> f.kind() == dev.visionbook.engine.analysis.Detection.Kind.THING).toList() : List.of();
        return new Answer(q, new Lead.Presence(asked.phrase(), !found.isEmpty(), found, others), facts, List.of(),
                parts, "");
    }

}
