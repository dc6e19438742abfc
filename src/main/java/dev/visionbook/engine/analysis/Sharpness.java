package dev.visionbook.engine.analysis;

import java.awt.image.BufferedImage;
import java.util.Arrays;

/**
 * How sharp an image is, independent of its contrast and resolution: at its strongest edges, the
 * Sobel gradient divided by the brightness range around the edge (9 × 9 pixels). A crisp step
 * scores near 1 whatever its contrast; the same step spread over several pixels by blur scores
 * a fraction of that. The score is the median over the strongest fifth of edge pixels, on the
 * image scaled to at most 768 pixels a side. An image with (almost) no edges has no score (NaN).
 */
public final class Sharpness {

    /** Below this score an image is called blurry; measured on the sample media (see SharpnessTest). */
    public static final double BLURRY_BELOW = 0.35;
    private static final int MAX_SIDE = 768;
    private static final double EDGE = 8;
    private static final int RADIUS = 4;

    private Sharpness() {
    }

    public static double score(BufferedImage image) {
        double factor = Math.min(1.0, MAX_SIDE / (double) Math.max(image.getWidth(), image.getHeight()));
        int w = Math.max(3, (int) Math.round(image.getWidth() * factor));
        int h = Math.max(3, (int) Math.round(image.getHeight() * factor));
        int[] luma = Pixels.luma(Pixels.scaled(image, w, h));
        double[] magnitude = new double[w * h];
        int edges = 0;
        for (int y = 1; y < h - 1; y++) {
            for (int x = 1; x < w - 1; x++) {
                int i = y * w + x;
                int gx = luma[i - w + 1] + 2 * luma[i + 1] + luma[i + w + 1] - luma[i - w - 1] - 2 * luma[i - 1]
                        - luma[i + w - 1];
                int gy = luma[i + w - 1] + 2 * luma[i + w] + luma[i + w + 1] - luma[i - w - 1] - 2 * luma[i - w]
                        - luma[i - w + 1];
                magnitude[i] = Math.sqrt(gx * gx + gy * gy) / 4.0;
                if (magnitude[i] > EDGE) {
                    edges++;
                }
            }
        }
        if (edges < 0.001 * w * h) {
            return Double.NaN;
        }
        double[] sorted = magnitude.clone();
        Arrays.sort(sorted);
        double strong = sorted[sorted.length - Math.max(1, edges / 5)];
        double[] ratios = new double[edges];
        int n = 0;
        for (int y = RADIUS; y < h - RADIUS; y++) {
            for (int x = RADIUS; x < w - RADIUS; x++) {
                int i = y * w + x;
                if (magnitude[i] >= strong && magnitude[i] > EDGE) {
                    ratios[n++] = Math.min(1.5, magnitude[i] / range(luma, w, x, y));
                }
            }
        }
        if (n == 0) {
            return Double.NaN;
        }
        Arrays.sort(ratios, 0, n);
        return ratios[n / 2];
    }

    private static double range(int[] luma, int w, int x, int y) {
        int min = 255;
        int max = 0;
        for (int dy = -RADIUS; dy <= RADIUS; dy++) {
            for (int dx = -RADIUS; dx <= RADIUS; dx++) {
                int v = luma[(y + dy) * w + x + dx];
                min = Math.min(min, v);
                max = Math.max(max, v);
            }
        }
        return Math.max(1, max - min);
    }
}
