package dev.visionbook.engine.answers;

import dev.visionbook.engine.analysis.Detection;
import dev.visionbook.engine.analysis.ImageAnalysis;
import dev.visionbook.engine.question.Subject;
import dev.visionbook.engine.question.Target;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** Which detections of a picture a question's subject names. */
final class Match {

    private Match() {
    }

    /** The picture a part shows: the image, or a video's first key frame; null for sound. */
    static ImageAnalysis picture(Evidence e) {
        if (e.image() != null) {
            return e.image();
        }
        return e.video() != null && !e.video().scenes().isEmpty() ? e.video().scenes().get(0).keyFrame() : null;
    }

    /** The detections {@code subject} names, largest first, the same thing never twice. */
    static List<Detection> of(Subject subject, ImageAnalysis a) {
        List<Detection> found = new ArrayList<>();
        Target target = subject.target();
        for (Detection d : a.detections()) {
            if (names(target, d, a) && colourFits(subject, d) && saysWhatIsAsked(subject, d)) {
                addUnlessSameBox(found, d);
            }
        }
        if (target instanceof Target.Main && !found.isEmpty()) {
            // The most prominent: a recognised thing before an outline before a face.
            return List.of(found.stream().min(Comparator.comparingInt((Detection d) -> d.kindOf().ordinal()))
                    .orElseThrow());
        }
        return found;
    }

    private static boolean names(Target target, Detection d, ImageAnalysis a) {
        Detection.Kind kind = d.kindOf();
        String label = d.label().toLowerCase(Locale.ROOT);
        if (target instanceof Target.Things things) {
            if (kind == Detection.Kind.THING) {
                return things.classes().contains(label);
            }
            // People the object detector missed but whose faces were found.
            return kind == Detection.Kind.FACE && things.classes().contains("person")
                    && a.detections().stream().noneMatch(o -> o.kindOf() == Detection.Kind.THING
                    && o.label().equals("person"));
        }
        if (target instanceof Target.Faces) {
            return kind == Detection.Kind.FACE;
        }
        if (target instanceof Target.Text) {
            return kind == Detection.Kind.TEXT || label.startsWith("text \"");
        }
        if (target instanceof Target.Shape shape) {
            return (kind == Detection.Kind.OBJECT || kind == Detection.Kind.PART) && !label.startsWith("text \"")
                    && (shape.shape().isEmpty() || label.matches(".*\\b" + shape.shape() + "s?\\b.*")
                    || shape.shape().equals("square") && label.contains("rectangle")
                    || shape.shape().equals("oval") && label.contains("ellipse"));
        }
        if (target instanceof Target.Anything) {
            return true; // "the objects": everything found, parts and text included
        }
        if (target instanceof Target.Main) {
            return kind != Detection.Kind.PART && kind != Detection.Kind.TEXT;
        }
        if (target instanceof Target.Unrecognised unknown) {
            // An outline the analyzers labelled with the very word ("star"), never a guess.
            return kind != Detection.Kind.THING && label.matches(".*\\b" + java.util.regex.Pattern.quote(
                    unknown.name()) + "s?\\b.*");
        }
        return false;
    }

    /** "The word JUPITER": a text subject that quotes words matches only text holding them. */
    private static boolean saysWhatIsAsked(Subject subject, Detection d) {
        if (!(subject.target() instanceof Target.Text)) {
            return true;
        }
        List<String> quoted = java.util.Arrays.stream(subject.phrase().split("\\s+"))
                .filter(w -> !w.equals(subject.name()) && !w.isBlank() && !w.equals(subject.colour())).toList();
        String label = d.label().toLowerCase(Locale.ROOT);
        return quoted.isEmpty() || quoted.stream().allMatch(label::contains);
    }

    private static boolean colourFits(Subject subject, Detection d) {
        if (subject.colour().isEmpty() || d.kindOf() == Detection.Kind.THING || d.kindOf() == Detection.Kind.FACE) {
            return true;
        }
        String colour = subject.colour().equals("gray") ? "grey" : subject.colour();
        return d.colour().contains(colour) || d.label().contains(colour);
    }

    /** Adds {@code d} unless a detection already listed boxes the same thing (IoU over 0.8). */
    static void addUnlessSameBox(List<Detection> listed, Detection d) {
        if (listed.stream().noneMatch(l -> l.box().iou(d.box()) > 0.8)) {
            listed.add(d);
        }
    }

    /** Everything found that is not a part or text, largest first, the same thing never twice. */
    static List<Detection> everything(ImageAnalysis a) {
        List<Detection> all = new ArrayList<>();
        a.detections().stream().filter(d -> d.kindOf() != Detection.Kind.PART)
                .sorted(Comparator.comparingLong((Detection d) -> -d.box().area()))
                .forEach(d -> addUnlessSameBox(all, d));
        return all;
    }

    /**
     * Whether "not found" may be said of {@code subject}: not when it names a recognisable class
     * and a part is a drawing on a plain background in which the detector recognised nothing —
     * the detector is trained on photos and misses drawn things, so there "no" would mislead.
     */
    static boolean canRuleOut(Subject subject, List<Evidence> parts) {
        if (!(subject.target() instanceof Target.Things)) {
            return true;
        }
        return parts.stream().map(Match::picture).filter(a -> a != null).noneMatch(Match::drawing);
    }

    /** A picture on a plain background where the detector recognised nothing but objects were outlined. */
    static boolean drawing(ImageAnalysis a) {
        return a.plainBackground() && a.ofKind("thing").isEmpty() && !a.ofKind("object").isEmpty();
    }

    /**
     * The pictures a part shows: an image, or every scene's key frame of a video (a thing asked
     * about may appear in any scene).
     */
    static List<ImageAnalysis> pictures(Evidence e) {
        if (e.image() != null) {
            return List.of(e.image());
        }
        if (e.video() != null) {
            return e.video().scenes().stream().map(s -> s.keyFrame()).toList();
        }
        return List.of();
    }

    /** What {@code subject} names in every part with a picture. */
    static List<Found> foundIn(Subject subject, List<Evidence> parts) {
        List<Found> found = new ArrayList<>();
        for (Evidence e : parts) {
            // A video: the first key frame that shows it (the same thing is not listed once per scene).
            for (ImageAnalysis a : pictures(e)) {
                List<Detection> named = of(subject, a);
                if (!named.isEmpty()) {
                    named.forEach(d -> found.add(Found.of(e.number(), d, a.width(), a.height())));
                    break;
                }
            }
        }
        return found;
    }

    static List<Found> found(Evidence e, List<Detection> detections) {
        ImageAnalysis a = picture(e);
        return detections.stream().map(d -> Found.of(e.number(), d, a.width(), a.height())).toList();
    }
}
