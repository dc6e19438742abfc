package dev.visionbook.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.visionbook.api.BoundingBox;
import dev.visionbook.api.BoundingBoxes;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether an answer's text meets one expect code of the prompt corpus (see
 * {@code src/test/resources/prompts/README.md}): what a user reading it would count as on topic.
 */
final class CorpusAnswers {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern FIRST_NUMBER = Pattern.compile("\\*\\*(\\d+)\\*\\*|^(\\d+)\\b|\"count\"\\s*:\\s*(\\d+)");

    /** How an answer stands against one expectation. */
    enum Verdict { CORRECT, HONEST, WRONG, OFF_TOPIC }

    /** Codes about what is in the media, where an honest "cannot tell" about the thing asked is on topic too. */
    private static final java.util.Set<String> PERCEIVED = java.util.Set.of("yes", "no", "count", "colour", "box",
            "point", "mask", "names", "text", "size", "moment", "nobox");
    private static final Pattern HONEST = Pattern.compile("cannot tell|cannot recognise|found no\\b|not found|cannot count"
            + "|cannot find|cannot_tell|does not measure|neither find nor rule out|recognised nothing");

    private CorpusAnswers() {
    }

    static Verdict verdict(String code, String text) {
        if (check(code, text) == null) {
            return Verdict.CORRECT;
        }
        String name = code.contains(":") ? code.substring(0, code.indexOf(':')) : code;
        String value = code.contains(":") ? code.substring(code.indexOf(':') + 1) : "";
        String lower = text.toLowerCase(Locale.ROOT);
        boolean contradicts = switch (name) {
            case "yes" -> lower.contains("**no**") || lower.contains("**not found**") || lower.matches("(?s)^\\W*no\\b.*")
                    || lower.matches("(?s).*\"present\"\\s*:\\s*false.*");
            case "no" -> lower.contains("**yes**") || lower.matches("(?s)^\\W*yes\\b.*")
                    || lower.matches("(?s).*\"present\"\\s*:\\s*true.*");
            case "count" -> !firstNumber(text).isEmpty();
            case "colour" -> lower.contains("is mostly") || lower.contains("main colours are");
            default -> false;
        };
        if (contradicts) {
            return Verdict.WRONG;
        }
        return PERCEIVED.contains(name) && HONEST.matcher(lower).find() ? Verdict.HONEST : Verdict.OFF_TOPIC;
    }

    /** Null when the answer meets {@code code}, else what is missing. */
    static String check(String code, String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        String name = code.contains(":") ? code.substring(0, code.indexOf(':')) : code;
        String value = code.contains(":") ? code.substring(code.indexOf(':') + 1) : "";
        boolean ok = switch (name) {
            case "yes" -> lower.contains("**yes**") || lower.matches("(?s)^\\W*yes\\b.*")
                    || json(text).map(j -> j.path("present").asBoolean(false) || j.path("matches").asBoolean(false)
                    || j.path("yes").asBoolean(false)).orElse(false);
            case "no" -> lower.contains("**no**") || lower.contains("**not found**") || lower.matches("(?s)^\\W*(no|not found)\\b.*")
                    || json(text).map(j -> j.has("present") && !j.get("present").asBoolean()
                    || j.has("matches") && !j.get("matches").asBoolean()).orElse(false);
            case "count" -> firstNumber(text).equals(value);
            case "colour" -> List.of(value.split("\\|")).stream().anyMatch(c -> lower.matches("(?s).*\\b" + c + "\\b.*"));
            case "text" -> lower.contains(value.toLowerCase(Locale.ROOT));
            case "box" -> boxes(text).stream().anyMatch(b -> b.label().toLowerCase(Locale.ROOT).contains(value));
            case "point" -> lower.contains(value) && text.matches("(?s).*\\[\\d+, ?\\d+\\].*");
            case "mask" -> boxes(text).stream().anyMatch(b -> b.label().toLowerCase(Locale.ROOT).contains(value));
            case "names" -> lower.contains(value);
            case "nobox" -> lower.contains("found no") || lower.contains("cannot find") || lower.contains("cannot recognise");
            case "cannot_tell" -> lower.contains("cannot tell") || lower.contains("does not measure")
                    || lower.contains("cannot recognise") || lower.contains("found no") || lower.contains("cannot_tell");
            case "declines" -> lower.contains("cannot") && (lower.contains("language model") || lower.contains("creative")
                    || lower.contains("reasoning") || lower.contains("cannot_tell"));
            case "translate_declined" -> lower.contains("cannot translate");
            case "transcript" -> text.matches("(?s).*\\[\\d\\d:\\d\\d\\].*");
            case "scenes" -> lower.contains("scene") && (lower.contains("cut") || text.contains("| Scene |"));
            case "summary" -> lower.contains("outline") || lower.contains("speech") || lower.contains("description");
            case "describe" -> lower.contains("recognised") || lower.contains("showing") || lower.contains("description");
            case "caption" -> text.length() < 600 && !text.contains("| ");
            case "compare" -> lower.contains("side by side") || lower.contains("in common") || json(text).isPresent();
            case "sharpness" -> lower.contains("sharp") || lower.contains("blurr");
            case "size" -> text.contains(value.replace("x", " × ")) || json(text).map(j -> (j.path("width").asText()
                    + "x" + j.path("height").asText()).equals(value)).orElse(false);
            case "moment" -> text.contains("At " + value) || text.contains(value);
            case "schema" -> true; // checked by the validator
            default -> false;
        };
        return ok ? null : code;
    }

    private static String firstNumber(String text) {
        Matcher m = FIRST_NUMBER.matcher(text.strip());
        if (m.find()) {
            for (int i = 1; i <= 3; i++) {
                if (m.group(i) != null) {
                    return m.group(i);
                }
            }
        }
        return "";
    }

    private static List<BoundingBox> boxes(String text) {
        try {
            return BoundingBoxes.parse(text);
        } catch (RuntimeException e) {
            return List.of();
        }
    }

    private static java.util.Optional<JsonNode> json(String text) {
        try {
            return java.util.Optional.of(JSON.readTree(text));
        } catch (Exception e) {
            return java.util.Optional.empty();
        }
    }
}
