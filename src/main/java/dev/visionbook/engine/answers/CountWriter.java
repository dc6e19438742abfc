package dev.visionbook.engine.answers;

import dev.visionbook.engine.analysis.Detection;
import dev.visionbook.engine.analysis.ImageAnalysis;
import dev.visionbook.engine.question.Question;
import dev.visionbook.engine.question.Subject;
import dev.visionbook.engine.question.Target;
import java.util.ArrayList;
import java.util.List;

/** "How many cats are there?", "Count the objects": a number first, then what was counted. */
final class CountWriter implements Writer {

    @Override
    public Answer write(Question q, List<Evidence> parts) {
        Subject subject = q.subject().orElse(Subject.anything("objects"));
        if (!subject.target().recognisable()) {
            long outlined = parts.stream().map(Match::picture).filter(a -> a != null)
                    .mapToLong(a -> a.ofKind("object").size()).sum();
            return new Answer(q, new Lead.CannotTell(q.text(), "the local engine cannot recognise \""
                    + subject.name() + "\", so it cannot count them: " + RECOGNISES + "."
                    + (outlined > 0 ? " It outlined " + outlined + (outlined == 1 ? " object" : " objects")
                    + " of any kind on the plain background." : "")),
                    new Facts(null, null, null, List.of(), List.of(), List.of(), List.of(), List.of()), List.of(),
                    parts, "");
        }
        List<Found> found = new ArrayList<>();
        for (Evidence e : parts) {
            ImageAnalysis a = Match.picture(e);
            if (a == null) {
                continue;
            }
            List<Detection> counted = subject.target() instanceof Target.Anything ? countable(a)
                    : Match.of(subject, a);
            found.addAll(Match.found(e, counted));
        }
        if (found.isEmpty() && !Match.canRuleOut(subject, parts)) {
            return new Answer(q, new Lead.CannotTell(q.text(), "the object detector recognised nothing in this drawing"
                    + " (it is trained on photos), so it cannot count \"" + subject.name() + "\"."),
                    new Facts(null, null, null, List.of(), List.of(), List.of(), List.of(), List.of()), List.of(),
                    parts, "");
        }
        Facts facts = new Facts(null, null, found.size(), found, List.of(), List.of(), List.of(), List.of());
        return new Answer(q, new Lead.Count(subject.phrase(), found.size(), found), facts,
                List.of(new Section("Counted", found.stream().map(f -> (Section.Item) new Section.Thing(f)).toList())),
                parts, "counts are of what the object and face detectors found and of objects outlined on plain"
                        + " backgrounds");
    }

    /** "How many objects": recognised things and outlined objects, not text, nor faces of people already counted. */
    private static List<Detection> countable(ImageAnalysis a) {
        List<Detection> people = a.detections().stream().filter(d -> d.kindOf() == Detection.Kind.THING).toList();
        return Match.everything(a).stream()
                .filter(d -> !d.label().startsWith("text \""))
                .filter(d -> d.kindOf() != Detection.Kind.FACE
                        || people.stream().noneMatch(p -> p.box().iou(d.box()) > 0 || contains(p, d)))
                .toList();
    }

    private static boolean contains(Detection outer, Detection inner) {
        return outer.box().left() <= inner.box().left() && outer.box().top() <= inner.box().top()
                && outer.box().right() >= inner.box().right() && outer.box().bottom() >= inner.box().bottom();
    }
}
