package dev.visionbook.kernel;

/**
 * Jupyter counts cursor positions in Unicode code points, Java strings in UTF-16 chars; they differ
 * after an emoji or any character outside the Basic Multilingual Plane.
 */
final class CodePoints {

    private CodePoints() {
    }

    static int toChars(String text, int codePoints) {
        int total = text.codePointCount(0, text.length());
        return text.offsetByCodePoints(0, Math.max(0, Math.min(codePoints, total)));
    }

    static int toCodePoints(String text, int chars) {
        return text.codePointCount(0, Math.max(0, Math.min(chars, text.length())));
    }
}
