package dev.visionbook.media;

import java.awt.AlphaComposite;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;

/**
 * The service's rule for the size an image is given to the model at: at most
 * {@value #MAX_SIDE}×{@value #MAX_SIDE}, and small images enlarged to fill
 * {@value #MIN_SIDE}×{@value #MIN_SIDE}, keeping the aspect ratio.
 */
final class ModelScaling {

    static final int MAX_SIDE = 3072;
    static final int MIN_SIDE = 768;

    private ModelScaling() {
    }

    static BufferedImage scaled(BufferedImage image) {
        int w = image.getWidth();
        int h = image.getHeight();
        double factor;
        if (w > MAX_SIDE || h > MAX_SIDE) {
            factor = Math.min((double) MAX_SIDE / w, (double) MAX_SIDE / h);
        } else if (w < MIN_SIDE && h < MIN_SIDE) {
            factor = Math.min((double) MIN_SIDE / w, (double) MIN_SIDE / h);
        } else {
            return image;
        }
        // Clamped so that rounding can never step over the bound being enforced.
        int targetW = clamp((int) Math.round(w * factor), factor < 1 ? MAX_SIDE : MIN_SIDE);
        int targetH = clamp((int) Math.round(h * factor), factor < 1 ? MAX_SIDE : MIN_SIDE);
        return resize(image, targetW, targetH);
    }

    private static int clamp(int side, int bound) {
        return Math.max(1, Math.min(side, bound));
    }

    /**
     * One bicubic step would skip most source pixels when shrinking by more than half, which
     * aliases fine detail such as text. Halving first (bilinear at exactly one half averages
     * each 2×2 block) keeps every pixel's contribution; the last step is bicubic.
     */
    private static BufferedImage resize(BufferedImage image, int targetW, int targetH) {
        BufferedImage current = image;
        while (current.getWidth() / 2 >= targetW && current.getHeight() / 2 >= targetH) {
            current = draw(current, current.getWidth() / 2, current.getHeight() / 2,
                    RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        }
        if (current.getWidth() == targetW && current.getHeight() == targetH) {
            return current;
        }
        return draw(current, targetW, targetH, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
    }

    private static BufferedImage draw(BufferedImage source, int w, int h, Object interpolation) {
        int type = source.getColorModel().hasAlpha() ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB;
        BufferedImage out = new BufferedImage(w, h, type);
        Graphics2D g = out.createGraphics();
        try {
            g.setComposite(AlphaComposite.Src);
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, interpolation);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.drawImage(source, 0, 0, w, h, null);
        } finally {
            g.dispose();
        }
        return out;
    }
}
