package dev.visionbook.display;

import java.util.Objects;

/**
 * A labelled rectangle in pixel coordinates of an image. {@code left} and {@code top} are inclusive,
 * {@code right} and {@code bottom} exclusive, so a box covering a whole 640×480 image is
 * {@code (0, 0, 640, 480)}. Coordinates may lie outside the image; drawing clips them.
 *
 * <pre>{@code
 * LabeledBox cat = new LabeledBox("cat", 40, 60, 240, 300);
 * cat.width(); // 200
 * }</pre>
 */
public record LabeledBox(String label, int left, int top, int right, int bottom) {

    public LabeledBox {
        Objects.requireNonNull(label, "label");
        if (right < left || bottom < top) {
            throw new IllegalArgumentException("Box '" + label + "' has right < left or bottom < top: ("
                    + left + ", " + top + ")–(" + right + ", " + bottom + ")");
        }
    }

    public int width() {
        return right - left;
    }

    public int height() {
        return bottom - top;
    }

    /** As in BoxedImage's text: {@code cat: (40, 60)–(240, 300)}. */
    @Override
    public String toString() {
        return label + ": (" + left + ", " + top + ")–(" + right + ", " + bottom + ")";
    }
}
