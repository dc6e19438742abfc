package dev.visionbook.engine.analysis;

import java.awt.image.BufferedImage;
import java.util.List;

/**
 * The colours of one region of an image: what "What colour is the car?" is answered from. The
 * box's outer fifth on each side is left out, since a detector's box holds background there.
 */
public final class RegionColours {

    private RegionColours() {
    }

    public static List<ColourShare> of(BufferedImage image, PixelBox box) {
        int insetX = box.width() / 5;
        int insetY = box.height() / 5;
        int left = clamp(box.left() + insetX, 0, image.getWidth() - 1);
        int top = clamp(box.top() + insetY, 0, image.getHeight() - 1);
        int right = clamp(box.right() - insetX, left + 1, image.getWidth());
        int bottom = clamp(box.bottom() - insetY, top + 1, image.getHeight());
        return ColourNames.dominant(image.getSubimage(left, top, right - left, bottom - top));
    }

    private static int clamp(int value, int min, int max) {
        return Math.max(min, Math.min(max, value));
    }
}
