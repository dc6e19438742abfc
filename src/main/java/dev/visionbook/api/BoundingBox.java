package dev.visionbook.api;

/**
 * A box around an object, in the service's convention: {@code [ymin, xmin, ymax, xmax]}, each
 * from 0 to 1000 whatever the image size (0 is the top or left edge, 1000 the bottom or right).
 * {@link BoundingBoxes#parse(String)} finds these in a model's answer; {@link #toPixels(int, int)}
 * places one on an actual image.
 *
 * @param ymin top edge, 0 to 1000
 * @param xmin left edge, 0 to 1000
 * @param ymax bottom edge, 0 to 1000, at least ymin
 * @param xmax right edge, 0 to 1000, at least xmin
 * @param label what the box is around; empty when the answer named nothing, never null
 */
public record BoundingBox(int ymin, int xmin, int ymax, int xmax, String label) {

    /** The largest normalised coordinate. */
    public static final int SCALE = 1000;

    static final String FORM = "[ymin, xmin, ymax, xmax] from 0 to 1000";

    public BoundingBox {
        label = label == null ? "" : label.strip();
        checkRange("ymin", ymin);
        checkRange("xmin", xmin);
        checkRange("ymax", ymax);
        checkRange("xmax", xmax);
        if (ymin > ymax) {
            throw new IllegalArgumentException("ymin " + ymin + " is greater than ymax " + ymax
                    + ": give the box as " + FORM + ", with ymin <= ymax and xmin <= xmax.");
        }
        if (xmin > xmax) {
            throw new IllegalArgumentException("xmin " + xmin + " is greater than xmax " + xmax
                    + ": give the box as " + FORM + ", with ymin <= ymax and xmin <= xmax.");
        }
    }

    /** A box without a label. */
    public BoundingBox(int ymin, int xmin, int ymax, int xmax) {
        this(ymin, xmin, ymax, xmax, "");
    }

    private static void checkRange(String name, int value) {
        if (value < 0 || value > SCALE) {
            throw new IllegalArgumentException(name + " is " + value
                    + ", outside 0 to 1000: give the box as " + FORM + ".");
        }
    }

    /**
     * This box on an image of the given size, by the tutorial's rule: x = xmin / 1000 * width,
     * y = ymin / 1000 * height (and likewise for xmax and ymax), rounded to the nearest pixel and
     * kept inside the image.
     */
    public PixelBox toPixels(int imageWidth, int imageHeight) {
        checkImageSize(imageWidth, imageHeight);
        return new PixelBox(
                scale(xmin, imageWidth), scale(ymin, imageHeight),
                scale(xmax, imageWidth), scale(ymax, imageHeight), label);
    }

    /**
     * The normalised box for a box in pixels on an image of the given size: the inverse of
     * {@link #toPixels(int, int)}, rounded to the nearest unit of 1/1000. Pixels outside the image
     * are taken as its edge.
     */
    public static BoundingBox fromPixels(int left, int top, int right, int bottom,
            int imageWidth, int imageHeight, String label) {
        checkImageSize(imageWidth, imageHeight);
        if (left > right || top > bottom) {
            throw new IllegalArgumentException("The pixel box left " + left + ", top " + top + ", right " + right
                    + ", bottom " + bottom + " is inside out: give left <= right and top <= bottom.");
        }
        return new BoundingBox(
                normalise(top, imageHeight), normalise(left, imageWidth),
                normalise(bottom, imageHeight), normalise(right, imageWidth), label);
    }

    private static void checkImageSize(int imageWidth, int imageHeight) {
        if (imageWidth <= 0 || imageHeight <= 0) {
            throw new IllegalArgumentException("The image is " + imageWidth + " x " + imageHeight
                    + " pixels: give its width and height, both above 0.");
        }
    }

    private static int scale(int normalised, int size) {
        long pixels = Math.round((double) ((long) normalised * size) / SCALE);
        return (int) Math.max(0, Math.min(size, pixels));
    }

    private static int normalise(int pixel, int size) {
        long clamped = Math.max(0, Math.min(size, pixel));
        long normalised = Math.round((double) (clamped * SCALE) / size);
        return (int) Math.max(0, Math.min(SCALE, normalised));
    }

    /** {@code "piranha [312, 95, 688, 903]"}, or just the list when there is no label. */
    @Override
    public String toString() {
        String list = "[" + ymin + ", " + xmin + ", " + ymax + ", " + xmax + "]";
        return label.isEmpty() ? list : label + " " + list;
    }
}
