package dev.visionbook.engine.answers;

import dev.visionbook.engine.analysis.ImageAnalysis;
import dev.visionbook.engine.question.Question;
import dev.visionbook.engine.question.Subject;
import java.util.ArrayList;
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
            List<Found> named = found(subject, parts);
            if (!named.isEmpty()) {
                asked = subject;
                found = named;
                break;
            }
        }
        if (found.isEmpty() && !asked.target().recognisable()) {
            return new Answer(q, new Lead.CannotTell(q.text(), "the local engine cannot recognise \"" + asked.name()
                    + "\": " + RECOGNISES + "."), new Facts(null, null, null, List.of(), List.of(), List.of(),
                    List.of(), List.of()), List.of(), parts, "");
        }
        Facts facts = new Facts(null, !found.isEmpty(), found.size(), found, List.of(), List.of(), List.of(),
                List.of());
        return new Answer(q, new Lead.Presence(asked.phrase(), !found.isEmpty(), found), facts, List.of(), parts,
                "a \"no\" means the detectors found none; small or unusual ones can be missed");
    }

    static List<Found> found(Subject subject, List<Evidence> parts) {
        List<Found> found = new ArrayList<>();
        for (Evidence e : parts) {
            ImageAnalysis a = Match.picture(e);
            if (a != null) {
                found.addAll(Match.found(e, Match.of(subject, a)));
            }
        }
        return found;
    }
}
