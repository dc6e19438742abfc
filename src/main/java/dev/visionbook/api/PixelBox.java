package dev.visionbook.api;

/**
 * A box on an actual image, in pixels from its top-left corner; right and bottom are the edges
 * (exclusive), so {@code width() == right - left}.
 *
 * @param left left edge, in pixels
 * @param top top edge, in pixels
 * @param right right edge, in pixels, at least left
 * @param bottom bottom edge, in pixels, at least top
 * @param label what the box is around; empty when unnamed, never null
 */
public record PixelBox(int left, int top, int right, int bottom, String label) {

    public PixelBox {
        label = label == null ? "" : label;
        if (left > right || top > bottom) {
            throw new IllegalArgumentException("The pixel box left " + left + ", top " + top + ", right " + right
                    + ", bottom " + bottom + " is inside out: give left <= right and top <= bottom.");
        }
    }

    public int width() {
        return right - left;
    }

    public int height() {
        return bottom - top;
    }
}
