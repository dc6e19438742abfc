package dev.visionbook.engine.analysis;

/**
 * Something found in an image.
 *
 * @param kind what found it: "thing" (one of the 80 COCO classes, recognised by the object
 *     detector), "object" (foreground on a plain background), "part" (a detailed region inside a
 *     larger object), "face" or "text"
 * @param label what it is or what was measured about it, for example "cat", "red rectangle" or
 *     "text \"GEMINI\""
 * @param colour the name of its main colour, or empty
 * @param box where it is, in pixels of the analysed image
 * @param score the detector's confidence from 0 to 1 for things and faces the neural detectors
 *     found; NaN for what was measured rather than recognised
 */
public record Detection(String kind, String label, String colour, PixelBox box, double score) {

    /** A measured (not recognised) detection, without a confidence. */
    public Detection(String kind, String label, String colour, PixelBox box) {
        this(kind, label, colour, box, Double.NaN);
    }

    /** Which analyzer found a detection. */
    public enum Kind { THING, OBJECT, PART, FACE, TEXT }

    /** {@link #kind} as its enum. */
    public Kind kindOf() {
        return Kind.valueOf(kind.toUpperCase(java.util.Locale.ROOT));
    }

    public boolean scored() {
        return !Double.isNaN(score);
    }
}
