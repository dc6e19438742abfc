package dev.visionbook.engine.answers;

import dev.visionbook.engine.analysis.ColourShare;
import dev.visionbook.engine.analysis.ImageAnalysis;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** "Compare these images": the same measurements side by side, then what they share and where they differ. */
final class CompareWriter {

    String write(List<Evidence> media) {
        StringBuilder out = new StringBuilder("| Measurement |");
        List<ImageAnalysis> images = new ArrayList<>();
        for (Evidence e : media) {
            out.append(' ').append(e.title()).append(" |");
            images.add(e.image() != null ? e.image() : e.video() != null ? e.video().scenes().get(0).keyFrame() : null);
        }
        out.append("\n|---|").append("---|".repeat(media.size())).append('\n');
        row(out, "Size", images, a -> a.width() + " × " + a.height() + " px, " + a.orientation());
        row(out, "Background", images, a -> a.plainBackground() ? "plain " + a.background() : "not plain");
        row(out, "Recognised", images, a -> a.ofKind("thing").isEmpty() ? "nothing" : String.join(", ",
                a.ofKind("thing").stream().map(d -> d.label()).toList()));
        row(out, "Objects outlined", images, a -> a.ofKind("object").isEmpty() ? "none" : String.join(", ",
                a.ofKind("object").stream().map(d -> d.label()).toList()));
        row(out, "Faces", images, a -> String.valueOf(a.ofKind("face").size()));
        row(out, "Text read", images, a -> a.text().isEmpty() ? "none" : String.join(" / ",
                a.text().stream().map(t -> "\"" + t.text() + "\"").toList()));
        row(out, "Main colours", images, a -> Md.colours(a.colours()));
        row(out, "Sharpness", images, Md::sharpness);
        out.append('\n');
        List<ImageAnalysis> known = images.stream().filter(a -> a != null).toList();
        if (known.size() >= 2) {
            Set<String> shared = new LinkedHashSet<>(names(known.get(0)));
            known.forEach(a -> shared.retainAll(names(a)));
            out.append("- Colours they all have: ").append(shared.isEmpty() ? "none" : String.join(", ", shared))
                    .append('\n');
            boolean sameSize = known.stream().allMatch(a -> a.width() == known.get(0).width()
                    && a.height() == known.get(0).height());
            out.append("- Sizes: ").append(sameSize ? "all the same" : "different").append('\n');
            long blurry = known.stream().filter(ImageAnalysis::blurry).count();
            out.append("- Blurry: ").append(blurry == 0 ? "none" : blurry + " of " + known.size()).append('\n');
        }
        Md.measured(out, media);
        Md.footer(out, "the comparison is of measurements; judging content, style or meaning needs a model");
        return out.toString();
    }

    private static Set<String> names(ImageAnalysis a) {
        Set<String> names = new LinkedHashSet<>();
        for (ColourShare c : a.colours()) {
            names.add(c.name());
        }
        return names;
    }

    private static void row(StringBuilder out, String name, List<ImageAnalysis> images,
                            java.util.function.Function<ImageAnalysis, String> cell) {
        out.append("| ").append(name).append(" |");
        for (ImageAnalysis a : images) {
            out.append(' ').append(a == null ? "—" : cell.apply(a).replace("|", "\\|").replace("**", "")).append(" |");
        }
        out.append('\n');
    }
}
