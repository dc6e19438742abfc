package dev.visionbook.kernel.runner;

import com.fasterxml.jackson.databind.JsonNode;

/** Text of nbformat fields and its escaping into HTML. */
final class PageText {

    private PageText() {
    }

    /**
     * A multiline nbformat field: nbformat allows one string or a list of strings whose lines keep
     * their own newlines, so list items are joined without a separator. Missing means empty.
     */
    static String of(JsonNode field) {
        if (field == null || field.isNull() || field.isMissingNode()) {
            return "";
        }
        if (field.isArray()) {
            StringBuilder joined = new StringBuilder();
            field.forEach(part -> joined.append(part.asText()));
            return joined.toString();
        }
        return field.asText();
    }

    /**
     * Escapes text for element content or a quoted attribute value. (display's HtmlText does the
     * same but is package-private there, and display may not be changed from here.)
     */
    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            appendEscaped(escaped, text.charAt(i));
        }
        return escaped.toString();
    }

    /** Appends one character escaped; lets long texts be escaped without a string per character. */
    static void appendEscaped(StringBuilder out, char c) {
        switch (c) {
            case '&' -> out.append("&amp;");
            case '<' -> out.append("&lt;");
            case '>' -> out.append("&gt;");
            case '"' -> out.append("&quot;");
            case '\'' -> out.append("&#39;");
            default -> out.append(c);
        }
    }

    /**
     * A {@code <pre>} around HTML content. The HTML parser drops a newline right after
     * {@code <pre>}, so content that starts with one gets a second to keep its blank first line.
     */
    static String pre(String htmlContent) {
        return "<pre>" + (htmlContent.startsWith("\n") ? "\n" : "") + htmlContent + "</pre>";
    }
}
