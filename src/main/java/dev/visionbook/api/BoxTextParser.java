package dev.visionbook.api;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds bounding boxes in the text of a model's answer, for {@link BoundingBoxes#parse(String)}.
 *
 * <p>One pass over the text: at every {@code [} or {@code {} it tries to read one JSON value
 * (leniently: single quotes, unquoted keys, trailing commas). A value that reads is searched for
 * boxes and the pass continues after it, so no text is read twice; a value that does not read
 * (prose in brackets, JSON cut short) is passed over one character at a time, which is how the
 * complete objects and plain four-number lists inside a truncated JSON answer are still found.
 */
final class BoxTextParser {

    private static final int MAX_DEPTH = 32;

    private static final ObjectMapper LENIENT = new ObjectMapper(JsonFactory.builder()
            .enable(JsonReadFeature.ALLOW_SINGLE_QUOTES)
            .enable(JsonReadFeature.ALLOW_UNQUOTED_FIELD_NAMES)
            .enable(JsonReadFeature.ALLOW_TRAILING_COMMA)
            .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS)
            .enable(JsonReadFeature.ALLOW_LEADING_PLUS_SIGN_FOR_NUMBERS)
            .enable(JsonReadFeature.ALLOW_LEADING_DECIMAL_POINT_FOR_NUMBERS)
            .enable(JsonReadFeature.ALLOW_TRAILING_DECIMAL_POINT_FOR_NUMBERS)
            // boxes are never deep; a shallow limit keeps a text of many unclosed brackets fast
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH).build())
            .build());

    /** Keys whose value is the box itself. */
    private static final Set<String> BOX_KEYS = Set.of("box_2d", "box2d", "bbox", "box", "bounding_box", "boundingbox");

    /** Keys whose value names what is in the box, first found wins. */
    private static final List<String> LABEL_KEYS = List.of("label", "name", "object", "class", "category");

    /** Keys and prose words that say "a box" rather than what the box is around. */
    private static final Set<String> GENERIC = Set.of("box", "boxes", "box_2d", "box2d", "bbox", "bboxes",
            "bounding box", "bounding boxes", "bounding_box", "bounding_boxes", "boundingbox", "boundingboxes",
            "the box", "the bounding box", "coordinates", "coords", "objects", "detections", "results", "result",
            "items", "data", "output", "answer", "response", "predictions", "annotations", "json");

    private static final Pattern BULLET = Pattern.compile("^(?:[-*•+]|\\d{1,3}[.)])\\s+");
    private static final Pattern SEPARATOR = Pattern.compile("\\s*(?::|=|->|→|[-–—])\\s*$");
    private static final Pattern BOX_WORDS = Pattern.compile(
            "(?i)(?:\\s+(?:bounding\\s+)?box(?:es)?)?(?:\\s+(?:is|are))?(?:\\s+(?:at|in))?$");
    private static final Pattern LABEL = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N} _'’()/&.,-]{0,49}");
    private static final String DECORATION = "*_`\"'|#>";
    private static final Pattern CLAUSE_BREAK = Pattern.compile("[,;.!?](?:\\s|$)");
    /** Words that end a sentence's lead-in rather than belong to a name. */
    private static final Set<String> SMALL_WORDS = Set.of("the", "a", "an", "for", "is", "are", "was", "here",
            "there", "and", "or", "then", "also", "again", "at", "this", "that", "it", "its", "box", "boxes",
            "located", "found", "positioned", "approximately", "roughly", "around", "about", "coordinates");

    private final String text;
    private final char[] chars;
    private final List<BoundingBox> found = new ArrayList<>();

    private BoxTextParser(String text) {
        this.text = text;
        this.chars = text.toCharArray();
    }

    static List<BoundingBox> parse(String answer) {
        if (answer == null || answer.isEmpty()) {
            return List.of();
        }
        BoxTextParser parser = new BoxTextParser(answer);
        parser.scan();
        return List.copyOf(parser.found);
    }

    private void scan() {
        int consumed = 0;
        int pos = 0;
        while (pos < chars.length) {
            char c = chars[pos];
            if (c == '[' || c == '{') {
                int end = readValue(pos, consumed);
                if (end > pos) {
                    consumed = end;
                    pos = end;
                    continue;
                }
            }
            pos++;
        }
    }

    /** Reads the JSON value starting at {@code start}; returns where it ends, or -1. */
    private int readValue(int start, int proseFrom) {
        JsonNode node;
        int end;
        try (JsonParser parser = LENIENT.getFactory().createParser(chars, start, chars.length - start)) {
            node = LENIENT.readTree(parser);
            if (node == null || node.isMissingNode()) {
                return -1;
            }
            end = start + (int) parser.currentLocation().getCharOffset();
        } catch (IOException | RuntimeException unreadable) {
            return -1;
        }
        double[] plain = coordinates(node);
        if (node.isArray() && plain != null) {
            add(plain, proseLabel(proseFrom, start));
        } else {
            walk(node, "");
        }
        return end;
    }

    private void walk(JsonNode node, String context) {
        if (node.isArray()) {
            double[] values = coordinates(node);
            if (values != null) {
                add(values, context);
                return;
            }
            for (JsonNode element : node) {
                walk(element, context);
            }
            return;
        }
        if (!node.isObject()) {
            return;
        }
        JsonNode boxValue = null;
        for (Map.Entry<String, JsonNode> field : node.properties()) {
            if (BOX_KEYS.contains(field.getKey().toLowerCase(Locale.ROOT))) {
                boxValue = field.getValue();
                break;
            }
        }
        String label = labelOf(node);
        if (boxValue != null) {
            double[] values = coordinates(boxValue);
            if (values != null) {
                add(values, label.isEmpty() ? context : label);
            }
            return;
        }
        double[] values = namedCoordinates(node);
        if (values != null) {
            add(values, label.isEmpty() ? context : label);
            return;
        }
        for (Map.Entry<String, JsonNode> field : node.properties()) {
            String key = field.getKey().strip();
            walk(field.getValue(), isGeneric(key) || LABEL_KEYS.contains(key.toLowerCase(Locale.ROOT)) ? context : key);
        }
    }

    private static String labelOf(JsonNode object) {
        for (Map.Entry<String, JsonNode> field : object.properties()) {
            if (LABEL_KEYS.contains(field.getKey().toLowerCase(Locale.ROOT)) && field.getValue().isTextual()) {
                return field.getValue().asText().strip();
            }
        }
        return "";
    }

    /** Four numbers in an array, or an object with ymin, xmin, ymax and xmax; else null. */
    private static double[] coordinates(JsonNode node) {
        if (node.isObject()) {
            return namedCoordinates(node);
        }
        if (!node.isArray() || node.size() != 4) {
            return null;
        }
        double[] values = new double[4];
        for (int i = 0; i < 4; i++) {
            Double value = number(node.get(i));
            if (value == null) {
                return null;
            }
            values[i] = value;
        }
        return values;
    }

    private static double[] namedCoordinates(JsonNode object) {
        String[] names = {"ymin", "xmin", "ymax", "xmax"};
        double[] values = new double[4];
        for (int i = 0; i < 4; i++) {
            JsonNode field = null;
            for (Map.Entry<String, JsonNode> entry : object.properties()) {
                if (entry.getKey().equalsIgnoreCase(names[i]) || entry.getKey().equalsIgnoreCase(names[i].charAt(0) + "_" + names[i].substring(1))) {
                    field = entry.getValue();
                }
            }
            Double value = field == null ? null : number(field);
            if (value == null) {
                return null;
            }
            values[i] = value;
        }
        return values;
    }

    private static Double number(JsonNode node) {
        double value;
        if (node.isNumber()) {
            value = node.doubleValue();
        } else if (node.isTextual()) {
            try {
                value = Double.parseDouble(node.asText().strip());
            } catch (NumberFormatException notNumber) {
                return null;
            }
        } else {
            return null;
        }
        return Double.isFinite(value) ? value : null;
    }

    /**
     * Adds the box if its rounded values are a valid box; skips it otherwise. A box with the same
     * numbers as one already found is the same box said twice: kept once, with whichever label
     * was given.
     */
    private void add(double[] values, String label) {
        long[] rounded = new long[4];
        for (int i = 0; i < 4; i++) {
            rounded[i] = Math.round(values[i]);
            if (rounded[i] < 0 || rounded[i] > BoundingBox.SCALE) {
                return;
            }
        }
        if (rounded[0] > rounded[2] || rounded[1] > rounded[3]) {
            return;
        }
        BoundingBox box = new BoundingBox((int) rounded[0], (int) rounded[1], (int) rounded[2], (int) rounded[3], label);
        for (int i = 0; i < found.size(); i++) {
            BoundingBox earlier = found.get(i);
            if (sameNumbers(earlier, box)) {
                if (earlier.label().equals(box.label()) || box.label().isEmpty()) {
                    return;
                }
                if (earlier.label().isEmpty()) {
                    found.set(i, box);
                    return;
                }
            }
        }
        found.add(box);
    }

    private static boolean sameNumbers(BoundingBox a, BoundingBox b) {
        return a.ymin() == b.ymin() && a.xmin() == b.xmin() && a.ymax() == b.ymax() && a.xmax() == b.xmax();
    }

    /**
     * The name written before a plain list on its line, as in {@code piranha: [..]},
     * {@code - piranha [..]} or {@code **piranha** - [..]}; empty when the text before the list is
     * a sentence rather than a name.
     */
    private String proseLabel(int from, int listStart) {
        int lineStart = text.lastIndexOf('\n', listStart - 1) + 1;
        int start = Math.max(lineStart, from);
        boolean atLineStart = start == lineStart;
        String prefix = text.substring(start, listStart).strip();
        prefix = stripLeading(prefix, ",;");
        boolean bullet = false;
        Matcher bulletMatch = BULLET.matcher(prefix);
        if (bulletMatch.find()) {
            bullet = true;
            prefix = prefix.substring(bulletMatch.end());
        }
        prefix = strip(prefix, DECORATION);
        boolean separator = false;
        Matcher separatorMatch = SEPARATOR.matcher(prefix);
        if (separatorMatch.find()) {
            separator = true;
            prefix = prefix.substring(0, separatorMatch.start());
        }
        prefix = strip(prefix, DECORATION);
        prefix = BOX_WORDS.matcher(prefix).replaceFirst("");
        prefix = strip(prefix, DECORATION);
        if (bullet && separator && isListedName(prefix)) {
            // "- yellow, black, orange object: [..]": a list item names its box whole, commas and all.
            return prefix;
        }
        prefix = strip(lastName(prefix), DECORATION);
        if (prefix.isEmpty() || !LABEL.matcher(prefix).matches() || isGeneric(prefix)) {
            return "";
        }
        int words = prefix.split("\\s+").length;
        boolean named = bullet || separator ? words <= 4 : atLineStart && words <= 2;
        return named ? prefix : "";
    }

    /** A short name with no sentence in it: at most four words, none of them a small word like "the" or "is". */
    private static boolean isListedName(String prefix) {
        if (prefix.isEmpty() || !LABEL.matcher(prefix).matches() || isGeneric(prefix) || prefix.endsWith(".")) {
            return false;
        }
        String[] words = prefix.split("[\\s,]+");
        return words.length <= 4 && Arrays.stream(words).noneMatch(word -> SMALL_WORDS.contains(word.toLowerCase(Locale.ROOT)));
    }

    /**
     * The words after the last clause break or small word: "Here is the box for the piranha"
     * gives "piranha", "and the shark" gives "shark", "The fish is at" gives nothing.
     */
    private static String lastName(String prefix) {
        Matcher clause = CLAUSE_BREAK.matcher(prefix);
        int from = 0;
        while (clause.find()) {
            from = clause.end();
        }
        String[] words = prefix.substring(from).strip().split("\\s+");
        int first = 0;
        for (int i = 0; i < words.length; i++) {
            if (SMALL_WORDS.contains(words[i].toLowerCase(Locale.ROOT))) {
                first = i + 1;
            }
        }
        return String.join(" ", Arrays.asList(words).subList(first, words.length));
    }

    private static boolean isGeneric(String name) {
        return GENERIC.contains(name.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " "));
    }

    private static String stripLeading(String s, String chars) {
        int i = 0;
        while (i < s.length() && (chars.indexOf(s.charAt(i)) >= 0 || Character.isWhitespace(s.charAt(i)))) {
            i++;
        }
        return s.substring(i);
    }

    private static String strip(String s, String chars) {
        int i = 0;
        int j = s.length();
        while (i < j && (chars.indexOf(s.charAt(i)) >= 0 || Character.isWhitespace(s.charAt(i)))) {
            i++;
        }
        while (j > i && (chars.indexOf(s.charAt(j - 1)) >= 0 || Character.isWhitespace(s.charAt(j - 1)))) {
            j--;
        }
        return s.substring(i, j);
    }
}
