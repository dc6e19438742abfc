package dev.visionbook.engine.answers;

import dev.visionbook.engine.analysis.ColourShare;
import dev.visionbook.engine.analysis.ImageAnalysis;
import dev.visionbook.engine.question.Question;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/** "Compare these images": the same measurements side by side, then what they share and where they differ. */
final class CompareWriter implements Writer {

    @Override
    public Answer write(Question q, List<Evidence> parts) {
        List<ImageAnalysis> images = parts.stream().map(Match::picture).toList();
        List<String> header = new ArrayList<>(List.of("Measurement"));
        parts.forEach(e -> header.add(e.title()));
        List<List<String>> rows = new ArrayList<>();
        rows.add(row("Size", images, a -> a.width() + " × " + a.height() + " px, " + a.orientation()));
        rows.add(row("Background", images, a -> a.plainBackground() ? "plain " + a.background() : "not plain"));
        rows.add(row("Recognised", images, a -> a.ofKind("thing").isEmpty() ? "nothing" : String.join(", ",
                a.ofKind("thing").stream().map(d -> d.label()).toList())));
        rows.add(row("Objects outlined", images, a -> a.ofKind("object").isEmpty() ? "none" : String.join(", ",
                a.ofKind("object").stream().map(d -> d.label()).toList())));
        rows.add(row("Faces", images, a -> String.valueOf(a.ofKind("face").size())));
        rows.add(row("Text read", images, a -> a.text().isEmpty() ? "none" : String.join(" / ",
                a.text().stream().map(t -> "\"" + t.text() + "\"").toList())));
        rows.add(row("Main colours", images, a -> Md.colours(a.colours())));
        rows.add(row("Sharpness", images, a -> Md.sharpness(a).replace("**", "")));
        List<Section.Item> shared = new ArrayList<>();
        List<ImageAnalysis> known = images.stream().filter(a -> a != null).toList();
        String sentence = "";
        if (known.size() >= 2) {
            Set<String> colours = new LinkedHashSet<>(names(known.get(0)));
            known.forEach(a -> colours.retainAll(names(a)));
            Set<String> things = new LinkedHashSet<>(labels(known.get(0)));
            known.forEach(a -> things.retainAll(labels(a)));
            boolean sameSize = known.stream().allMatch(a -> a.width() == known.get(0).width()
                    && a.height() == known.get(0).height());
            long blurry = known.stream().filter(ImageAnalysis::blurry).count();
            shared.add(new Section.Fact("Recognised in all", things.isEmpty() ? "nothing" : String.join(", ", things)));
            shared.add(new Section.Fact("Colours they all have", colours.isEmpty() ? "none" : String.join(", ", colours)));
            shared.add(new Section.Fact("Sizes", sameSize ? "all the same" : "different"));
            shared.add(new Section.Fact("Blurry", blurry == 0 ? "none" : blurry + " of " + known.size()));
            sentence = String.join(" ", parts.stream().map(Sentences::of).toList());
        }
        List<Section> sections = new ArrayList<>(List.of(new Section("Side by side", List.of(new Section.Table(header,
                rows)))));
        if (!shared.isEmpty()) {
            sections.add(new Section("In common", shared));
        }
        return new Answer(q, new Lead.Details(), Facts.sentence(sentence), sections, parts,
                "the comparison is of measurements; judging content, style or meaning needs a model");
    }

    private static Set<String> names(ImageAnalysis a) {
        Set<String> names = new LinkedHashSet<>();
        for (ColourShare c : a.colours()) {
            names.add(c.name());
        }
        return names;
    }

    private static Set<String> labels(ImageAnalysis a) {
        Set<String> labels = new LinkedHashSet<>();
        a.ofKind("thing").forEach(d -> labels.add(d.label()));
        return labels;
    }

    private static List<String> row(String name, List<ImageAnalysis> images, Function<ImageAnalysis, String> cell) {
        List<String> row = new ArrayList<>(List.of(name));
        images.forEach(a -> row.add(a == null ? "—" : cell.apply(a)));
        return row;
    }
}
