package dev.visionbook.kernel.runner;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;

/**
 * nbformat's multiline strings: a string, or a list of strings each ending in its newline, which is
 * what Jupyter writes (so a diff of a notebook shows changed lines, not one changed string).
 */
final class NotebookText {

    private NotebookText() {
    }

    /** The text of a multiline string, whichever form it has; missing or null is empty. */
    static String join(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return "";
        }
        if (node.isArray()) {
            StringBuilder text = new StringBuilder();
            node.forEach(line -> text.append(line.asText()));
            return text.toString();
        }
        return node.asText();
    }

    /** {@code text} as a list of lines, each keeping its newline, as Jupyter writes it. */
    static ArrayNode lines(ObjectMapper json, String text) {
        ArrayNode lines = json.createArrayNode();
        int start = 0;
        while (start < text.length()) {
            int newline = text.indexOf('\n', start);
            int end = newline < 0 ? text.length() : newline + 1;
            lines.add(text.substring(start, end));
            start = end;
        }
        return lines;
    }
}
