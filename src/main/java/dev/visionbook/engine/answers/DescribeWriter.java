package dev.visionbook.engine.answers;

import dev.visionbook.engine.analysis.Detection;
import dev.visionbook.engine.analysis.ImageAnalysis;
import dev.visionbook.engine.analysis.Scene;
import dev.visionbook.engine.analysis.VideoAnalysis;
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
            sections.add(new Section(e.title() + " — " + e.label(), details(e)));
        }
        return new Answer(q, new Lead.Details(), facts, sections, parts,
                "things beyond the detector's 80 COCO classes, and what anything means, need a model");
    }

    static List<Section.Item> details(Evidence e) {
        List<Section.Item> items = new ArrayList<>();
        if (e.failed()) {
            items.add(new Section.Note("Could not be analysed: " + e.error()));
        } else if (e.image() != null) {
            image(items, e, e.image());
        } else if (e.video() != null) {
            video(items, e.video());
        } else if (e.audio() != null) {
            items.add(new Section.Note(Sentences.of(e)));
        }
        return items;
    }

    private static void image(List<Section.Item> items, Evidence e, ImageAnalysis a) {
        items.add(new Section.Fact("Size", a.width() + " × " + a.height() + " px, " + a.orientation()));
        items.add(new Section.Fact("Background", a.plainBackground() ? "plain " + a.background()
                : "not plain (a photo or busy scene; objects are not outlined, only recognised)"));
        List<Detection> things = a.ofKind("thing");
        items.add(new Section.Fact("Recognised (object detector, 80 COCO classes)", things.isEmpty() ? "nothing"
                : things.size() + (things.size() == 1 ? " thing" : " things")));
        things.forEach(d -> items.add(new Section.Thing(Found.of(e.number(), d, a.width(), a.height()))));
        List<Detection> objects = a.ofKind("object");
        if (!objects.isEmpty()) {
            items.add(new Section.Fact("Objects outlined", String.valueOf(objects.size())));
            objects.forEach(d -> items.add(new Section.Thing(Found.of(e.number(), d, a.width(), a.height()))));
        }
        List<Detection> inside = a.ofKind("part");
        if (!inside.isEmpty()) {
            items.add(new Section.Fact("Detailed parts inside outlined objects", String.valueOf(inside.size())));
            inside.forEach(d -> items.add(new Section.Thing(Found.of(e.number(), d, a.width(), a.height()))));
        }
        List<Detection> faces = a.ofKind("face");
        items.add(new Section.Fact("Faces", faces.isEmpty() ? "none found" : faces.size() + " found"));
        faces.forEach(d -> items.add(new Section.Thing(Found.of(e.number(), d, a.width(), a.height()))));
        items.add(new Section.Fact("Text read", a.text().isEmpty() ? "none" : String.join(" / ", a.text().stream()
                .map(line -> "\"" + line.text() + "\" (" + Md.where(line.box(), a.width(), a.height()) + ")").toList())));
        items.add(new Section.Fact("Main colours", Md.colours(a.colours())));
        items.add(new Section.Fact("Sharpness", Md.sharpness(a)));
        a.notes().forEach(note -> items.add(new Section.Note(note)));
    }

    private static void video(List<Section.Item> items, VideoAnalysis v) {
        items.add(new Section.Fact("Length", Md.seconds(v.seconds()) + ", " + v.width() + " × " + v.height()
                + " px, " + v.scenes().size() + (v.scenes().size() == 1 ? " scene" : " scenes")));
        for (Scene s : v.scenes()) {
            items.add(new Section.Fact(Md.time(s.start()) + "–" + Md.time(s.end()), Md.frame(s.keyFrame())));
        }
    }
}
