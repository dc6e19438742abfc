package dev.visionbook.engine.analysis;

/**
 * Something found in an image.
 *
 * @param kind what found it: "object" (foreground on a plain background), "part" (a detailed
 *     region inside a larger object), "face" or "text"
 * @param label what was measured about it, for example "red rectangle" or "text \"GEMINI\""
 * @param colour the name of its main colour, or empty
 * @param box where it is, in pixels of the analysed image
 */
public record Detection(String kind, String label, String colour, PixelBox box) {
}
