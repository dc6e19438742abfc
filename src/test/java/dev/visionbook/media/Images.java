package dev.visionbook.media;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;

/** Pixel comparisons for decoded images. */
final class Images {

    /** Lossy coding moves a flat colour by a few levels; a wrong colour moves it by a hundred. */
    private static final int COLOUR_TOLERANCE = 24;
    /** How far inside the picture {@link #corner} looks, clear of blurred edges. */
    private static final int CORNER_INSET = 4;

    private Images() {
    }

    static void assertColour(int expectedRgb, int actualRgb, String what) {
        for (int shift = 0; shift <= 16; shift += 8) {
            int expected = expectedRgb >> shift & 0xFF;
            int actual = actualRgb >> shift & 0xFF;
            assertTrue(Math.abs(expected - actual) <= COLOUR_TOLERANCE, () -> String.format(
                    "%s: expected #%06X but was #%06X", what, expectedRgb & 0xFFFFFF, actualRgb & 0xFFFFFF));
        }
    }

    /** The pixel near a corner named "top-left", "top-right", "bottom-left" or "bottom-right". */
    static int corner(BufferedImage image, String name) {
        int x = name.endsWith("left") ? CORNER_INSET : image.getWidth() - 1 - CORNER_INSET;
        int y = name.startsWith("top") ? CORNER_INSET : image.getHeight() - 1 - CORNER_INSET;
        return image.getRGB(x, y);
    }

    /** Average absolute difference per colour channel, in levels of 255. */
    static double meanAbsoluteDifference(BufferedImage a, BufferedImage b) {
        long sum = 0;
        for (int y = 0; y < a.getHeight(); y++) {
            for (int x = 0; x < a.getWidth(); x++) {
                int p = a.getRGB(x, y);
                int q = b.getRGB(x, y);
                for (int shift = 0; shift <= 16; shift += 8) {
                    sum += Math.abs((p >> shift & 0xFF) - (q >> shift & 0xFF));
                }
            }
        }
        return sum / (3.0 * a.getWidth() * a.getHeight());
    }

    /** Mean of each colour channel: red, green, blue. */
    static double[] meanColour(BufferedImage image) {
        double[] mean = new double[3];
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int p = image.getRGB(x, y);
                mean[0] += p >> 16 & 0xFF;
                mean[1] += p >> 8 & 0xFF;
                mean[2] += p & 0xFF;
            }
        }
        for (int c = 0; c < 3; c++) {
            mean[c] /= (double) image.getWidth() * image.getHeight();
        }
        return mean;
    }
}
