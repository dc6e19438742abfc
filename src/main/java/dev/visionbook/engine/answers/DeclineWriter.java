package dev.visionbook.engine.answers;

import dev.visionbook.engine.question.Form;
import dev.visionbook.engine.question.Question;
import dev.visionbook.engine.question.Subject;
import java.util.ArrayList;
import java.util.List;

/**
 * Questions the measurements cannot answer: creative writing, reasoning and opinions, and
 * attributes the analyzers do not measure (glasses, a brand, a species outside the detector's
 * classes, who someone is). One honest line on the question asked, then what was measured about
 * its subject.
 */
final class DeclineWriter implements Writer {

    @Override
    public Answer write(Question q, List<Evidence> parts) {
        String why = switch (q.form()) {
            case CREATIVE -> "it writes no creative text: no language model runs here, and it will not imitate one.";
            case OPEN -> "answering needs reasoning, which the local engine cannot do: no language model runs here.";
            default -> "the local engine does not measure that: " + RECOGNISES + ", and measures colours, sizes and"
                    + " sharpness.";
        };
        List<Found> found = new ArrayList<>();
        for (Subject subject : q.subjects()) {
            found.addAll(Match.foundIn(subject, parts));
        }
        List<Section.Item> items = new ArrayList<>();
        found.forEach(f -> items.add(new Section.Thing(f)));
        if (found.isEmpty()) {
            // Nothing named was found: what each part holds, boxed, which a model would start from.
            for (Evidence e : parts) {
                items.add(new Section.Note(Sentences.of(e)));
                if (Match.picture(e) != null) {
                    Match.found(e, Match.everything(Match.picture(e))).forEach(f -> items.add(new Section.Thing(f)));
                }
            }
        }
        String sentence = String.join(" ", parts.stream().map(Sentences::of).toList());
        return new Answer(q, new Lead.CannotTell(q.text(), why), new Facts(sentence, null, null, found, List.of(),
                List.of(), List.of(), List.of()), items.isEmpty() ? List.of()
                : List.of(new Section(found.isEmpty() ? "What was measured" : "What was found", items)), parts,
                q.form() == Form.CREATIVE ? "creative writing needs the real service" : "");
    }
}
