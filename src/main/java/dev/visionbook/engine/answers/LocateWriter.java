package dev.visionbook.engine.answers;

import dev.visionbook.engine.analysis.ImageAnalysis;
import dev.visionbook.engine.question.Form;
import dev.visionbook.engine.question.Question;
import dev.visionbook.engine.question.Subject;
import java.util.ArrayList;
import java.util.List;

/**
 * "Where is the cat?", "Return a bounding box for the dog", "Point to the cup", "Segment the
 * person": the boxes (or centre points) of what the subjects name; when nothing named is found,
 * it says so and gives the main things measured instead, labelled with what was measured.
 */
final class LocateWriter implements Writer {

    @Override
    public Answer write(Question q, List<Evidence> parts) {
        List<Subject> subjects = q.subjects().isEmpty() ? List.of(Subject.anything("everything")) : q.subjects();
        List<Found> found = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        List<Section> sections = new ArrayList<>();
        for (Subject subject : subjects) {
            List<Found> named = Match.foundIn(subject, parts);
            if (named.isEmpty()) {
                missing.add(subject.phrase());
            }
            found.addAll(named);
        }
        String asked = String.join(", ", subjects.stream().map(Subject::phrase).toList());
        List<Found> shown = found;
        if (found.isEmpty()) {
            shown = new ArrayList<>();
            for (Evidence e : parts) {
                ImageAnalysis a = Match.picture(e);
                if (a != null) {
                    shown.addAll(Match.found(e, Match.everything(a)));
                }
            }
            if (!shown.isEmpty()) {
                sections.add(new Section("What was measured instead", shown.stream()
                        .map(f -> (Section.Item) new Section.Thing(f)).toList()));
            }
        }
        parts.stream().filter(e -> e.video() != null).findFirst().ifPresent(e -> sections.add(new Section("",
                List.of(new Section.Note("Boxes are from the scenes' key frames (the first that shows each thing);"
                        + " the first is at " + Md.time(e.video().scenes().get(0).keyFrameAt()) + ".")))));
        String limitation = q.form() == Form.SEGMENT
                ? "it draws no segmentation masks, only boxes of what it measured"
                : "boxes come from the object detector (80 COCO classes), the face detector, outlines on plain"
                        + " backgrounds and OCR";
        Facts facts = new Facts(null, !found.isEmpty(), found.size(), found.isEmpty() ? List.of() : found, List.of(),
                List.of(), List.of(), List.of());
        return new Answer(q, new Lead.Boxes(asked, found, missing, q.form() == Form.POINT), facts, sections, parts,
                limitation);
    }
}
