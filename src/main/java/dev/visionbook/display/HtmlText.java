package dev.visionbook.display;

/** Escaping of text placed into HTML element content or quoted attribute values. */
public final class HtmlText {

    private HtmlText() {
    }

    /** {@code text} with {@code & < > " '} escaped, safe inside an element or a quoted attribute. */
    public static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            appendEscaped(escaped, text.charAt(i));
        }
        return escaped.toString();
    }

    /** Appends one character escaped; lets long texts be escaped without a string per character. */
    public static void appendEscaped(StringBuilder out, char c) {
        switch (c) {
            case '&' -> out.append("&amp;");
            case '<' -> out.append("&lt;");
            case '>' -> out.append("&gt;");
            case '"' -> out.append("&quot;");
            case '\'' -> out.append("&#39;");
            default -> out.append(c);
        }
    }
}
