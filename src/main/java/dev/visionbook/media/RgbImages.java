package dev.visionbook.media;

import java.awt.AlphaComposite;
import java.awt.Graphics2D;
import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.awt.image.Raster;

/** Brings decoded images into the two layouts callers get: {@code TYPE_INT_RGB} or, with alpha, {@code TYPE_INT_ARGB}. */
final class RgbImages {

    private RgbImages() {
    }

    /** {@code image} itself when it already has one of the two layouts (and its own pixel array), else a copy. */
    static BufferedImage normalised(BufferedImage image) {
        boolean alpha = image.getColorModel().hasAlpha();
        int type = alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB;
        if (image.getType() == type && ownsItsPixels(image)) {
            return image;
        }
        if (image.getColorModel().getColorSpace().getType() == ColorSpace.TYPE_GRAY) {
            return fromGrey(image, type);
        }
        BufferedImage out = new BufferedImage(image.getWidth(), image.getHeight(), type);
        Graphics2D g = out.createGraphics();
        try {
            g.setComposite(AlphaComposite.Src); // copy alpha as it is, rather than blending onto black
            g.drawImage(image, 0, 0, null);
        } finally {
            g.dispose();
        }
        return out;
    }

    /**
     * Grey levels are copied as they are. Drawing a grey image into an RGB one would go through
     * Java's linear-light grey colour space and brighten every mid-tone (JDK-5051418).
     */
    private static BufferedImage fromGrey(BufferedImage image, int type) {
        int w = image.getWidth();
        int h = image.getHeight();
        Raster raster = image.getRaster();
        boolean alpha = type == BufferedImage.TYPE_INT_ARGB;
        // 16-bit PNGs have 16-bit samples; scale each band to 8 bits by its own depth.
        int greyShift = Math.max(0, raster.getSampleModel().getSampleSize(0) - 8);
        int alphaShift = alpha ? Math.max(0, raster.getSampleModel().getSampleSize(1) - 8) : 0;
        BufferedImage out = new BufferedImage(w, h, type);
        int[] target = ((DataBufferInt) out.getRaster().getDataBuffer()).getData();
        int[] grey = new int[w];
        int[] opacity = new int[w];
        for (int y = 0; y < h; y++) {
            raster.getSamples(0, y, w, 1, 0, grey);
            if (alpha) {
                raster.getSamples(0, y, w, 1, 1, opacity);
            }
            for (int x = 0; x < w; x++) {
                int v = grey[x] >>> greyShift;
                int a = alpha ? opacity[x] >>> alphaShift : 0xFF;
                target[y * w + x] = a << 24 | v << 16 | v << 8 | v;
            }
        }
        return out;
    }

    /** A sub-image shares a bigger array; orientation code indexes the array directly. */
    private static boolean ownsItsPixels(BufferedImage image) {
        DataBufferInt buffer = (DataBufferInt) image.getRaster().getDataBuffer();
        return buffer.getNumBanks() == 1 && buffer.getOffset() == 0
                && buffer.getData().length == image.getWidth() * image.getHeight()
                && image.getRaster().getSampleModelTranslateX() == 0
                && image.getRaster().getSampleModelTranslateY() == 0;
    }
}
