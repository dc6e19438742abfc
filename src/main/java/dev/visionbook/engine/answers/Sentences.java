package dev.visionbook.engine.answers;

import dev.visionbook.engine.analysis.ColourShare;
import dev.visionbook.engine.analysis.Detection;
import dev.visionbook.engine.analysis.ImageAnalysis;
import dev.visionbook.engine.analysis.VideoAnalysis;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** One plain sentence from a part's measurements: what a caption or a short answer says. */
final class Sentences {

    private Sentences() {
    }

    static String of(Evidence e) {
        if (e.failed()) {
            return e.title() + " could not be analysed: " + e.error() + ".";
        }
        if (e.image() != null) {
            return picture(e.image(), e.width() > 0 && e.image().plainBackground() ? "An image" : "A picture");
        }
        if (e.video() != null) {
            return video(e.video());
        }
        if (e.audio() != null) {
            return e.audio().unavailable() != null ? "An audio clip of " + Md.seconds(e.seconds()) + "; "
                    + e.audio().unavailable() + "."
                    : "An audio clip of " + Md.seconds(e.seconds()) + (e.audio().utterances().isEmpty()
                    ? " with no speech recognised." : " in which is said: \"" + e.audio().text() + "\".");
        }
        return e.title() + ".";
    }

    static String picture(ImageAnalysis a, String opening) {
        StringBuilder s = new StringBuilder(opening);
        List<String> things = named(a.detections().stream().filter(d -> d.kindOf() == Detection.Kind.THING
                || d.kindOf() == Detection.Kind.OBJECT && !d.label().startsWith("text \"")).toList(), a);
        if (Match.drawing(a)) {
            s.append(" in which the object detector recognised nothing (it is trained on photos: drawn things are"
                    + " outlined, not named); outlined: ").append(join(things));
        } else if (!things.isEmpty()) {
            s.append(" showing ").append(join(things));
        } else {
            s.append(" in which nothing was recognised");
        }
        int faces = a.ofKind("face").size();
        if (faces > 0 && a.ofKind("thing").stream().noneMatch(d -> d.label().equals("person"))) {
            s.append(faces == 1 ? ", with a face" : ", with " + faces + " faces");
        }
        if (!a.text().isEmpty()) {
            s.append(", with the text ").append(a.text().stream().map(t -> "\"" + t.text() + "\"")
                    .collect(Collectors.joining(" and ")));
        }
        if (a.plainBackground()) {
            s.append(", on a plain ").append(a.background()).append(" background");
        }
        List<String> colours = a.colours().stream().limit(2).map(ColourShare::name).toList();
        if (!colours.isEmpty()) {
            s.append("; mostly ").append(String.join(" and ", colours));
        }
        return s.append('.').toString();
    }

    static String video(VideoAnalysis v) {
        StringBuilder s = new StringBuilder("A ").append(Md.seconds(v.seconds())).append(" video in ")
                .append(v.scenes().size()).append(v.scenes().size() == 1 ? " scene" : " scenes");
        List<String> shown = new ArrayList<>();
        v.scenes().forEach(scene -> scene.keyFrame().ofKind("thing").forEach(d -> {
            if (!shown.contains(d.label())) {
                shown.add(d.label());
            }
        }));
        if (!shown.isEmpty()) {
            s.append(" showing ").append(join(shown.stream().map(Sentences::withArticle).toList()));
        }
        if (!v.text().isEmpty()) {
            s.append(", with on-screen text such as \"").append(v.text().get(0).first()).append('"');
        }
        if (v.transcript().unavailable() == null && !v.transcript().utterances().isEmpty()) {
            s.append(", and speech");
        }
        return s.append('.').toString();
    }

    /** "a cat (upper left)", "2 persons (centre, right)". */
    private static List<String> named(List<Detection> detections, ImageAnalysis a) {
        Map<String, List<String>> where = new LinkedHashMap<>();
        for (Detection d : detections) {
            where.computeIfAbsent(d.label(), k -> new ArrayList<>()).add(Md.where(d.box(), a.width(), a.height()));
        }
        List<String> named = new ArrayList<>();
        where.forEach((label, places) -> named.add((places.size() == 1 ? withArticle(label)
                : places.size() + " × " + label) + " (" + String.join(", ", places.stream().distinct().toList()) + ")"));
        return named.size() > 6 ? named.subList(0, 6) : named;
    }

    static String withArticle(String label) {
        return (label.matches("^[aeiou].*") ? "an " : "a ") + label;
    }

    static String join(List<String> items) {
        if (items.size() <= 1) {
            return String.join("", items);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }
}
