package dev.visionbook.engine.render;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What a schema field asks for, read from its name (split at camelCase and underscores), its title
 * and its description: "box_2d" and "boundingBox" are boxes, "objectCount" a count, "dominantColor"
 * a colour, "is_present" a yes/no. The last word decides first, as English puts the noun last.
 */
enum FieldMeaning {
    BOX, BOX_YMIN, BOX_XMIN, BOX_YMAX, BOX_XMAX, POINT, COUNT, COLOUR, TRANSCRIPT, TEXT, YES, TIME, SCORE, LABEL,
    ITEMS, DESCRIPTION, WIDTH, HEIGHT, UNKNOWN;

    private static final Set<String> BOXES = Set.of("box", "bbox", "bounding", "box2d", "coordinates", "coords",
            "rect", "rectangle", "region", "boxes", "bboxes");
    private static final Set<String> POINTS = Set.of("point", "points", "center", "centre", "position", "location");
    private static final Set<String> COUNTS = Set.of("count", "number", "num", "total", "quantity", "amount", "many",
            "counts", "n");
    private static final Set<String> COLOURS = Set.of("colour", "color", "colours", "colors", "hue", "shade",
            "palette");
    private static final Set<String> TRANSCRIPTS = Set.of("transcript", "transcription", "speech", "spoken", "said",
            "utterance", "utterances", "dialogue", "dialog", "audio", "narration", "lyrics", "subtitles");
    private static final Set<String> TEXTS = Set.of("text", "ocr", "words", "writing", "inscription", "sign", "lines",
            "texts", "wording", "message");
    private static final Set<String> YESES = Set.of("present", "exists", "exist", "found", "contains", "contain",
            "has", "is", "detected", "visible", "yes", "presence", "blurry", "sharp", "match", "matches");
    private static final Set<String> TIMES = Set.of("time", "timestamp", "timestamps", "start", "end", "at",
            "moment", "moments", "seconds", "second", "offset", "times", "when");
    private static final Set<String> SCORES = Set.of("confidence", "score", "probability", "certainty",
            "likelihood");
    private static final Set<String> LABELS = Set.of("label", "name", "object", "class", "category", "type", "kind",
            "item", "thing", "entity", "animal", "species", "subject", "tag", "identity", "what", "vehicle", "shape");
    private static final Set<String> ITEMSES = Set.of("objects", "items", "detections", "results", "things",
            "entities", "elements", "list", "people", "animals", "faces", "persons", "labels", "names", "shapes",
            "vehicles", "findings", "scenes", "shots", "detected", "tags", "categories", "classes");
    private static final Set<String> DESCRIPTIONS = Set.of("description", "summary", "caption", "answer",
            "explanation", "response", "details", "content", "result", "reasoning", "scene", "title", "alt", "overview",
            "reply", "comment", "notes", "note", "reason", "analysis", "story", "poem", "output");

    static FieldMeaning of(String name, String about) {
        List<String> words = words(name);
        String joined = String.join("", words);
        switch (joined) {
            case "ymin", "y0", "y1", "top" -> {
                return BOX_YMIN;
            }
            case "xmin", "x0", "x1", "left" -> {
                return BOX_XMIN;
            }
            case "ymax", "y2", "bottom" -> {
                return BOX_YMAX;
            }
            case "xmax", "x2", "right" -> {
                return BOX_XMAX;
            }
            case "width", "w" -> {
                return WIDTH;
            }
            case "height", "h" -> {
                return HEIGHT;
            }
            default -> {
            }
        }
        for (int i = words.size() - 1; i >= 0; i--) {
            FieldMeaning meaning = word(words.get(i));
            if (meaning != UNKNOWN) {
                return meaning;
            }
        }
        for (String word : words(about)) {
            FieldMeaning meaning = word(word);
            if (meaning != UNKNOWN) {
                return meaning;
            }
        }
        return UNKNOWN;
    }

    private static FieldMeaning word(String w) {
        if (BOXES.contains(w)) {
            return BOX;
        }
        if (POINTS.contains(w)) {
            return POINT;
        }
        if (COUNTS.contains(w)) {
            return COUNT;
        }
        if (COLOURS.contains(w)) {
            return COLOUR;
        }
        if (TRANSCRIPTS.contains(w)) {
            return TRANSCRIPT;
        }
        if (TEXTS.contains(w)) {
            return TEXT;
        }
        if (TIMES.contains(w)) {
            return TIME;
        }
        if (SCORES.contains(w)) {
            return SCORE;
        }
        if (ITEMSES.contains(w)) {
            return ITEMS;
        }
        if (YESES.contains(w)) {
            return YES;
        }
        if (LABELS.contains(w)) {
            return LABEL;
        }
        if (DESCRIPTIONS.contains(w)) {
            return DESCRIPTION;
        }
        return UNKNOWN;
    }

    static List<String> words(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        String spaced = text.replaceAll("([a-z0-9])([A-Z])", "$1 $2").replace("box_2d", "box2d")
                .replace("point_2d", "point").toLowerCase(Locale.ROOT);
        return List.of(spaced.split("[^a-z0-9]+")).stream().filter(w -> !w.isEmpty()).toList();
    }
}
