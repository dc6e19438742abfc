package dev.visionbook.media;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;

/**
 * Turns an image upright according to an Exif orientation value (1 to 8), by moving pixels:
 * no interpolation, so nothing blurs. Video and HEIF rotations, given in degrees, map onto the
 * same values.
 */
final class Orientation {

    private Orientation() {
    }

    /**
     * The Exif value for a clockwise display rotation in degrees (0, 90, 180 or 270 after rounding
     * to the nearest quarter turn).
     */
    static int fromClockwiseDegrees(double degrees) {
        long quarterTurns = Math.floorMod(Math.round(degrees / 90.0), 4);
        return switch ((int) quarterTurns) {
            case 1 -> 6;
            case 2 -> 3;
            case 3 -> 8;
            default -> ExifOrientation.NORMAL;
        };
    }

    /**
     * @param image a {@code TYPE_INT_RGB} or {@code TYPE_INT_ARGB} image
     * @return {@code image} itself for orientation 1 (or an unknown value), else a new image of the same type
     */
    static BufferedImage apply(BufferedImage image, int orientation) {
        if (orientation < 2 || orientation > 8) {
            return image;
        }
        int w = image.getWidth();
        int h = image.getHeight();
        boolean swaps = orientation >= 5; // 5 to 8 turn by a quarter, exchanging width and height
        BufferedImage out = new BufferedImage(swaps ? h : w, swaps ? w : h, image.getType());
        int[] source = pixels(image);
        int[] target = pixels(out);
        int outWidth = out.getWidth();
        int outHeight = out.getHeight();
        for (int y = 0; y < outHeight; y++) {
            for (int x = 0; x < outWidth; x++) {
                int sx;
                int sy;
                switch (orientation) {
                    case 2 -> { sx = w - 1 - x; sy = y; }          // mirrored
                    case 3 -> { sx = w - 1 - x; sy = h - 1 - y; }  // upside down
                    case 4 -> { sx = x; sy = h - 1 - y; }          // mirrored upside down
                    case 5 -> { sx = y; sy = x; }                  // transposed
                    case 6 -> { sx = y; sy = h - 1 - x; }          // needs a quarter turn clockwise
                    case 7 -> { sx = w - 1 - y; sy = h - 1 - x; }  // transversed
                    default -> { sx = w - 1 - y; sy = x; }         // 8: needs a quarter turn anticlockwise
                }
                target[y * outWidth + x] = source[sy * w + sx];
            }
        }
        return out;
    }

    private static int[] pixels(BufferedImage image) {
        return ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
    }
}
