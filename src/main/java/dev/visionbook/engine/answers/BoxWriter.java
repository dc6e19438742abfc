package dev.visionbook.engine.answers;

import dev.visionbook.engine.analysis.CocoClasses;
import dev.visionbook.engine.analysis.Detection;
import dev.visionbook.engine.analysis.ImageAnalysis;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * "Return a bounding box for the X": the boxes of the detections that are X — things the object
 * detector recognised as the COCO class X names ("kitten" and "cats" name cat, "people" person),
 * or outlines, faces and text whose measured label matches X —
 * as {@code [ymin, xmin, ymax, xmax]} in 0–1000, as a text list or as JSON {@code box_2d} with
 * labels. When nothing matches X, it says so and gives the main objects' boxes instead, labelled
 * with what was measured (never with X).
 */
final class BoxWriter {

    private static final Set<String> FACES = Set.of("face", "faces", "head", "heads");
    private static final Set<String> PEOPLE = Set.of("person", "people", "man", "woman", "men", "women", "child",
            "children", "astronaut", "human", "humans");
    private static final Set<String> TEXT = Set.of("text", "word", "words", "title", "caption", "label", "sign",
            "writing", "letters");

    String write(Intent intent, List<Evidence> media) {
        StringBuilder out = new StringBuilder();
        String target = intent.target();
        for (Evidence e : media) {
            ImageAnalysis a = e.image() != null ? e.image()
                    : e.video() != null ? e.video().scenes().get(0).keyFrame() : null;
            if (media.size() > 1) {
                out.append("### ").append(e.title()).append(" — ").append(e.label()).append("\n");
            }
            if (a == null) {
                out.append(e.failed() ? "Could not be analysed: " + e.error() : "There is no picture to box in this"
                        + " part.").append("\n\n");
                continue;
            }
            if (e.video() != null) {
                out.append("Boxes are from the first scene's key frame, at ")
                        .append(Md.time(e.video().scenes().get(0).keyFrameAt())).append(".\n\n");
            }
            List<Detection> matches = new ArrayList<>();
            List<String> missing = new ArrayList<>();
            for (String name : intent.targets()) {
                List<Detection> named = matching(a.detections(), name);
                if (named.isEmpty()) {
                    missing.add(name);
                }
                named.forEach(d -> addUnlessSameBox(matches, d));
            }
            List<Detection> shown;
            if (!matches.isEmpty()) {
                out.append("Found ").append(matches.size()).append(matches.size() == 1 ? " match" : " matches")
                        .append(" for \"").append(target).append("\" among what the engine measured");
                if (!missing.isEmpty()) {
                    out.append("; it cannot recognise ").append(String.join(", ", missing.stream().map(m -> "\"" + m + "\"").toList()))
                            .append(" here, so ").append(missing.size() == 1 ? "that has" : "those have").append(" no box");
                }
                out.append(":\n\n");
                shown = matches;
            } else {
                List<Detection> main = main(a);
                if (!target.isEmpty()) {
                    out.append("The local engine cannot recognise \"").append(target).append("\" here: ")
                            .append(RECOGNISES).append(' ');
                }
                if (main.isEmpty()) {
                    out.append(a.plainBackground() ? "It found no object in this image."
                            : "It recognised nothing, the background is not plain so nothing could be outlined,"
                            + " and no face or text was found.").append("\n\n");
                    continue;
                }
                out.append(target.isEmpty() ? "The main objects measured:\n\n"
                        : "These are the main objects it measured, labelled with what was measured:\n\n");
                shown = main;
            }
            if (intent.json()) {
                json(out, shown, a);
            } else {
                for (Detection d : shown) {
                    out.append("- ").append(d.label()).append(": ").append(Md.box(d.box(), a.width(), a.height()))
                            .append('\n');
                }
            }
            out.append('\n');
        }
        out.append("Boxes are [ymin, xmin, ymax, xmax], each scaled to 0–1000 of the image's height or width.\n");
        Md.measured(out, media);
        Md.footer(out, "boxes come from the object detector (CenterNet, 80 COCO classes) and face detector"
                + " (BlazeFace) where they run, from outlining foreground on a plain background, and from Tesseract"
                + " text boxes");
        return out.toString();
    }

    /** What the engine can name, for the answers that must say it could not name something. */
    static final String RECOGNISES = "it recognises the 80 everyday COCO classes (people, animals, vehicles, cups,"
            + " furniture…) when its object detector runs, outlines objects on plain backgrounds and names them"
            + " only by colour and shape, and finds faces and text.";

    static List<Detection> matching(List<Detection> detections, String target) {
        List<String> words = Arrays.stream(target.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
                .filter(w -> w.length() > 1).toList();
        String thing = CocoClasses.classOf(target).orElse("");
        boolean peopleAsThings = thing.equals("person")
                && detections.stream().anyMatch(d -> d.kind().equals("thing") && d.label().equals("person"));
        List<Detection> found = new ArrayList<>();
        for (Detection d : detections) {
            String label = d.label().toLowerCase(Locale.ROOT);
            boolean match = d.kind().equals("thing") ? label.equals(thing)
                    : (words.contains("shapes") || words.contains("shape"))
                    && label.matches(".*\\b(rectangle|square|circle|ellipse|triangle|shape)$")
                    || words.stream().anyMatch(w -> label.matches(".*\\b" + singular(w) + "(?:s|es)?\\b.*"))
                    || (d.kind().equals("face") && words.stream().anyMatch(FACES::contains))
                    || (d.kind().equals("face") && !peopleAsThings && words.stream().anyMatch(PEOPLE::contains))
                    || (d.label().startsWith("text") && words.stream().anyMatch(TEXT::contains));
            if (match) {
                addUnlessSameBox(found, d);
            }
        }
        return found;
    }

    private static String singular(String word) {
        String w = word.endsWith("es") && word.length() > 4 ? word.substring(0, word.length() - 2)
                : word.endsWith("s") && word.length() > 3 ? word.substring(0, word.length() - 1) : word;
        return java.util.regex.Pattern.quote(w);
    }

    /** Objects, faces and text lines not already covered by an object, largest first. */
    private static List<Detection> main(ImageAnalysis a) {
        List<Detection> main = new ArrayList<>();
        for (Detection d : a.detections()) {
            addUnlessSameBox(main, d);
        }
        return main;
    }

    /** Adds {@code d} unless a detection already listed boxes the same thing (IoU over 0.8). */
    private static void addUnlessSameBox(List<Detection> listed, Detection d) {
        if (listed.stream().noneMatch(l -> l.box().iou(d.box()) > 0.8)) {
            listed.add(d);
        }
    }

    private static void json(StringBuilder out, List<Detection> shown, ImageAnalysis a) {
        out.append("```json\n[\n");
        for (int i = 0; i < shown.size(); i++) {
            Detection d = shown.get(i);
            out.append("  {\"box_2d\": ").append(Md.box(d.box(), a.width(), a.height())).append(", \"label\": \"")
                    .append(d.label().replace("\\", "\\\\").replace("\"", "\\\"")).append("\"}")
                    .append(i < shown.size() - 1 ? "," : "").append('\n');
        }
        out.append("]\n```\n");
    }
}
