package dev.visionbook.kernel.runner;

import dev.visionbook.display.HtmlText;
import java.util.Set;

/**
 * A light Java highlighter for code cells: keywords, literals, strings, comments, annotations,
 * numbers and magic lines ({@code %maven ...}) get a class, styled by {@link HtmlStyle}. It only
 * tokenises, never parses, so odd code still comes out escaped and whole, just less coloured.
 */
final class JavaHighlight {

    private static final Set<String> KEYWORDS = Set.of(
            "abstract", "assert", "boolean", "break", "byte", "case", "catch", "char", "class", "const",
            "continue", "default", "do", "double", "else", "enum", "extends", "final", "finally", "float",
            "for", "goto", "if", "implements", "import", "instanceof", "int", "interface", "long", "native",
            "new", "package", "private", "protected", "public", "return", "short", "static", "strictfp",
            "super", "switch", "synchronized", "this", "throw", "throws", "transient", "try", "void",
            "volatile", "while", "var", "record", "yield", "sealed", "permits");
    private static final Set<String> LITERALS = Set.of("true", "false", "null");

    private JavaHighlight() {
    }

    /** The source escaped for HTML, with spans around the tokens worth colouring. */
    static String toHtml(String source) {
        StringBuilder out = new StringBuilder(source.length() * 5 / 4 + 16);
        int i = 0;
        boolean lineStart = true;
        while (i < source.length()) {
            char c = source.charAt(i);
            int end;
            String kind;
            if (lineStart && c == '%') {
                end = lineEnd(source, i);
                kind = "magic";
            } else if (source.startsWith("//", i)) {
                end = lineEnd(source, i);
                kind = "comment";
            } else if (source.startsWith("/*", i)) {
                end = after(source, "*/", i + 2);
                kind = "comment";
            } else if (source.startsWith("\"\"\"", i)) {
                end = after(source, "\"\"\"", i + 3);
                kind = "string";
            } else if (c == '"' || c == '\'') {
                end = quotedEnd(source, i, c);
                kind = "string";
            } else if (c == '@' && i + 1 < source.length() && Character.isJavaIdentifierStart(source.charAt(i + 1))) {
                end = identifierEnd(source, i + 1);
                kind = "annotation";
            } else if (Character.isJavaIdentifierStart(c)) {
                end = identifierEnd(source, i);
                String word = source.substring(i, end);
                kind = KEYWORDS.contains(word) ? "keyword" : LITERALS.contains(word) ? "literal" : null;
            } else if (Character.isDigit(c)) {
                end = numberEnd(source, i);
                kind = "number";
            } else {
                end = i + 1;
                kind = null;
            }
            appendToken(out, source.substring(i, end), kind);
            lineStart = c == '\n' || (lineStart && (c == ' ' || c == '\t'));
            i = end;
        }
        return out.toString();
    }

    private static void appendToken(StringBuilder out, String token, String kind) {
        if (kind != null) {
            out.append("<span class=\"hl-").append(kind).append("\">");
        }
        for (int k = 0; k < token.length(); k++) {
            HtmlText.appendEscaped(out, token.charAt(k));
        }
        if (kind != null) {
            out.append("</span>");
        }
    }

    private static int lineEnd(String source, int from) {
        int newline = source.indexOf('\n', from);
        return newline < 0 ? source.length() : newline;
    }

    /** Index just past the next {@code closing}, or the end when it never closes. */
    private static int after(String source, String closing, int from) {
        int found = source.indexOf(closing, from);
        return found < 0 ? source.length() : found + closing.length();
    }

    /** End of a string or char literal; an unclosed one stops at its line's end. */
    private static int quotedEnd(String source, int start, char quote) {
        int i = start + 1;
        while (i < source.length() && source.charAt(i) != '\n') {
            char c = source.charAt(i);
            if (c == '\\') {
                i += 2;
                continue;
            }
            if (c == quote) {
                return i + 1;
            }
            i++;
        }
        return Math.min(i, source.length());
    }

    private static int identifierEnd(String source, int start) {
        int i = start + 1;
        while (i < source.length() && Character.isJavaIdentifierPart(source.charAt(i))) {
            i++;
        }
        return i;
    }

    /** Digits, underscores, hex digits, suffixes and a decimal point: close enough for colouring. */
    private static int numberEnd(String source, int start) {
        int i = start + 1;
        while (i < source.length()) {
            char c = source.charAt(i);
            if (Character.isLetterOrDigit(c) || c == '_' || c == '.' && i + 1 < source.length()
                    && Character.isDigit(source.charAt(i + 1))) {
                i++;
            } else {
                break;
            }
        }
        return i;
    }
}
