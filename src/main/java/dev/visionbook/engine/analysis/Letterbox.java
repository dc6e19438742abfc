package dev.visionbook.engine.analysis;

import java.awt.image.BufferedImage;

/**
 * An image scaled to fit a square detector input without distortion, anchored top left and padded
 * with black, as RGB floats. Keeping the aspect ratio matters: the object detector, given a
 * wide photo stretched to a square, took a cat for a dog. Boxes found in the square map back with {@link #toImage}.
 *
 * @param size the square's side in pixels
 * @param scale input pixels per image pixel
 */
record Letterbox(int size, double scale, int imageWidth, int imageHeight, float[] rgb) {

    static Letterbox of(BufferedImage image, int size) {
        double scale = size / (double) Math.max(image.getWidth(), image.getHeight());
        int w = Math.max(1, (int) Math.round(image.getWidth() * scale));
        int h = Math.max(1, (int) Math.round(image.getHeight() * scale));
        int[] pixels = Pixels.rgb(Pixels.scaled(image, w, h));
        float[] rgb = new float[size * size * 3];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int p = pixels[y * w + x];
                int i = (y * size + x) * 3;
                rgb[i] = (p >> 16) & 0xff;
                rgb[i + 1] = (p >> 8) & 0xff;
                rgb[i + 2] = p & 0xff;
            }
        }
        return new Letterbox(size, scale, image.getWidth(), image.getHeight(), rgb);
    }

    /**
     * The pixels channel after channel (all red, then green, then blue: a {@code [1, 3, size, size]}
     * network input), each value mapped by {@code value * mul + add}.
     */
    float[] planar(float mul, float add) {
        int plane = size * size;
        float[] out = new float[plane * 3];
        for (int i = 0; i < plane; i++) {
            out[i] = rgb[i * 3] * mul + add;
            out[plane + i] = rgb[i * 3 + 1] * mul + add;
            out[2 * plane + i] = rgb[i * 3 + 2] * mul + add;
        }
        return out;
    }

    /** A box in input pixels as a box in the image, clipped to it; null when nothing is left. */
    PixelBox toImage(double left, double top, double right, double bottom) {
        int l = (int) Math.floor(Math.max(0, left / scale));
        int t = (int) Math.floor(Math.max(0, top / scale));
        int r = (int) Math.ceil(Math.min(imageWidth, right / scale));
        int b = (int) Math.ceil(Math.min(imageHeight, bottom / scale));
        return r > l && b > t ? new PixelBox(l, t, r, b) : null;
    }
}
