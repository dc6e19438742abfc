package dev.visionbook.engine.analysis;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;

/** Small pixel helpers shared by the analyzers. */
final class Pixels {

    private Pixels() {
    }

    /** An opaque RGB copy, transparent pixels composited over white, scaled to the given size. */
    static BufferedImage scaled(BufferedImage image, int width, int height) {
        BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.setColor(java.awt.Color.WHITE);
        g.fillRect(0, 0, width, height);
        g.drawImage(image, 0, 0, width, height, null);
        g.dispose();
        return out;
    }

    static BufferedImage opaque(BufferedImage image) {
        if (image.getType() == BufferedImage.TYPE_INT_RGB) {
            return image;
        }
        return scaled(image, image.getWidth(), image.getHeight());
    }

    /** The pixels as opaque ARGB ints, row by row. */
    static int[] rgb(BufferedImage image) {
        if (image.getType() == BufferedImage.TYPE_INT_RGB) {
            // The raster's own ints, a row copy at a time: getRGB goes through the colour model
            // pixel by pixel, which was a fifth of the CPU of reading a video frame's text.
            int[] rgb = (int[]) image.getRaster().getDataElements(0, 0, image.getWidth(), image.getHeight(), null);
            for (int i = 0; i < rgb.length; i++) {
                rgb[i] |= 0xff000000;
            }
            return rgb;
        }
        return image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
    }

    static int[] luma(BufferedImage image) {
        int[] rgb = rgb(image);
        int[] luma = new int[rgb.length];
        for (int i = 0; i < rgb.length; i++) {
            luma[i] = luma(rgb[i]);
        }
        return luma;
    }

    static int luma(int rgb) {
        return (299 * ((rgb >> 16) & 0xff) + 587 * ((rgb >> 8) & 0xff) + 114 * (rgb & 0xff)) / 1000;
    }

    static int distance(int a, int b) {
        return Math.max(Math.abs(((a >> 16) & 0xff) - ((b >> 16) & 0xff)),
                Math.max(Math.abs(((a >> 8) & 0xff) - ((b >> 8) & 0xff)), Math.abs((a & 0xff) - (b & 0xff))));
    }

    static byte[] gray(BufferedImage image) {
        int[] luma = luma(image);
        byte[] out = new byte[luma.length];
        for (int i = 0; i < luma.length; i++) {
            out[i] = (byte) luma[i];
        }
        return out;
    }
}
