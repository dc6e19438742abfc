package dev.visionbook.engine.analysis;

/**
 * A box in pixels, right and bottom exclusive.
 *
 * @param left first column
 * @param top first row
 * @param right one past the last column
 * @param bottom one past the last row
 */
public record PixelBox(int left, int top, int right, int bottom) {

    public int width() {
        return right - left;
    }

    public int height() {
        return bottom - top;
    }

    public long area() {
        return (long) width() * height();
    }

    /** The box in the service's convention: [ymin, xmin, ymax, xmax], each scaled to 0–1000. */
    public int[] normalized(int imageWidth, int imageHeight) {
        return new int[] {scale(top, imageHeight), scale(left, imageWidth), scale(bottom, imageHeight),
            scale(right, imageWidth)};
    }

    /** Intersection over union with another box. */
    public double iou(PixelBox other) {
        long w = Math.max(0, Math.min(right, other.right) - Math.max(left, other.left));
        long h = Math.max(0, Math.min(bottom, other.bottom) - Math.max(top, other.top));
        long inter = w * h;
        long union = area() + other.area() - inter;
        return union == 0 ? 0 : (double) inter / union;
    }

    /** How much of this box lies inside {@code other}, 0 to 1. */
    public double coveredBy(PixelBox other) {
        long w = Math.max(0, Math.min(right, other.right) - Math.max(left, other.left));
        long h = Math.max(0, Math.min(bottom, other.bottom) - Math.max(top, other.top));
        return area() == 0 ? 0 : (double) (w * h) / area();
    }

    PixelBox scaled(double factor, int maxWidth, int maxHeight) {
        return new PixelBox((int) Math.floor(left * factor), (int) Math.floor(top * factor),
                Math.min(maxWidth, (int) Math.ceil(right * factor)), Math.min(maxHeight, (int) Math.ceil(bottom * factor)));
    }

    PixelBox union(PixelBox other) {
        return new PixelBox(Math.min(left, other.left), Math.min(top, other.top), Math.max(right, other.right),
                Math.max(bottom, other.bottom));
    }

    private static int scale(int value, int size) {
        return (int) Math.round(value * 1000.0 / size);
    }
}
