package dev.visionbook.engine.analysis;

import java.awt.image.BufferedImage;

/**
 * Colour histograms of small images (4 levels per channel, 64 bins, as fractions of the pixels)
 * and the distance between two: half their L1 distance, 0 for the same colours and 1 for none in
 * common. Shared by {@link SceneCuts}, which decides cuts, and {@link CutFrames}, which places them.
 */
final class ColourHistogram {

    static final int BINS = 64;

    private ColourHistogram() {
    }

    /** The histogram of every pixel of {@code image}; scale it down first, this does not. */
    static double[] of(BufferedImage image) {
        int[] rgb = pixels(image);
        double[] bins = new double[BINS];
        for (int pixel : rgb) {
            int r = (pixel >> 22) & 3;
            int g = (pixel >> 14) & 3;
            int b = (pixel >> 6) & 3;
            bins[r * 16 + g * 4 + b] += 1.0 / rgb.length;
        }
        return bins;
    }

    /**
     * The pixels' red, green and blue in the low 24 bits. For int images, straight from the raster:
     * this runs on every decoded frame's thumbnail, and getRGB goes through the colour model per pixel.
     */
    private static int[] pixels(BufferedImage image) {
        int type = image.getType();
        if (type == BufferedImage.TYPE_INT_RGB || type == BufferedImage.TYPE_INT_ARGB) {
            return (int[]) image.getRaster().getDataElements(0, 0, image.getWidth(), image.getHeight(), null);
        }
        return Pixels.rgb(image);
    }

    static double distance(double[] a, double[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += Math.abs(a[i] - b[i]);
        }
        return sum / 2;
    }
}
