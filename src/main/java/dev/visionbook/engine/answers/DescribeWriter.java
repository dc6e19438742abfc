package dev.visionbook.engine.answers;

import dev.visionbook.engine.analysis.Detection;
import dev.visionbook.engine.analysis.ImageAnalysis;
import dev.visionbook.engine.question.Form;
import dev.visionbook.engine.question.Question;
import java.util.ArrayList;
import java.util.List;

/**
 * "Describe this image" (every measurement, part by part), "Give me a one-line caption" (one
 * measured sentence) and "What is this?" (what was recognised, or that nothing was).
 */
final class DescribeWriter implements Writer {

    @Override
    public Answer write(Question q, List<Evidence> parts) {
        String sentence = String.join(" ", parts.stream().map(Sentences::of).toList());
        List<Found> found = new ArrayList<>();
        for (Evidence e : parts) {
            ImageAnalysis a = Match.picture(e);
            if (a != null) {
                found.addAll(Match.found(e, Match.everything(a)));
            }
        }
        Facts facts = new Facts(sentence, null, null, found, parts.isEmpty() || Match.picture(parts.get(0)) == null
                ? List.of() : Match.picture(parts.get(0)).colours().stream().map(c -> c.name()).toList(),
                parts.stream().filter(e -> e.image() != null).flatMap(e -> e.image().text().stream())
                        .map(t -> t.text()).toList(), List.of(), List.of());
        if (q.form() == Form.CAPTION) {
            return new Answer(q, new Lead.Statement(sentence), facts, List.of(), parts,
                    "the caption lists what was measured; wit and judgement need a model");
        }
        if (q.form() == Form.IDENTIFY) {
            List<Found> recognised = found.stream().filter(f -> f.kind() == Detection.Kind.THING
                    || f.kind() == Detection.Kind.FACE).toList();
            if (recognised.isEmpty()) {
                return new Answer(q, new Lead.CannotTell(q.text(), "the local engine recognised nothing it can name"
                        + " here (" + RECOGNISES + "). What it measured: " + sentence), facts, List.of(), parts, "");
            }
            return new Answer(q, new Lead.Statement("The object detector recognised " + Sentences.join(recognised
                    .stream().map(f -> Sentences.withArticle(f.label()) + " (" + f.where() + ")").distinct().toList())
                    + "."), facts.withFound(recognised), List.of(), parts, "names come from the 80 COCO classes only");
        }
        List<Section> sections = new ArrayList<>();
        for (Evidence e : parts) {
            sections.add(new Section(e.title() + " — " + e.label(), PartDetails.of(e)));
        }
        return new Answer(q, new Lead.Statement(sentence), facts, sections, parts,
                "things beyond the detector's 80 COCO classes, and what anything means, need a model");
    }
}
