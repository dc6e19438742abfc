package dev.visionbook.display;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.imageio.ImageIO;

/** PNG bytes of an image and the pieces of a MIME bundle that carry them. */
final class PngEncoding {

    private PngEncoding() {
    }

    static byte[] encode(BufferedImage image) {
        try {
            ByteArrayOutputStream png = new ByteArrayOutputStream();
            if (!ImageIO.write(image, "png", png)) {
                // The PNG writer refuses some layouts (CMYK, custom colour models); plain ARGB always works.
                png.reset();
                ImageIO.write(asArgb(image), "png", png);
            }
            return png.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not encode the image as PNG", e);
        }
    }

    static String base64(byte[] png) {
        return Base64.getEncoder().encodeToString(png);
    }

    static String dataUri(byte[] png) {
        return "data:image/png;base64," + base64(png);
    }

    /** Jupyter's metadata for an image: its size, so the front end can lay it out before decoding. */
    static Map<String, Object> sizeMetadata(BufferedImage image) {
        Map<String, Object> size = new LinkedHashMap<>();
        size.put("width", image.getWidth());
        size.put("height", image.getHeight());
        return size;
    }

    static String sizeText(BufferedImage image) {
        return image.getWidth() + " × " + image.getHeight();
    }

    private static BufferedImage asArgb(BufferedImage image) {
        BufferedImage argb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = argb.createGraphics();
        try {
            g.drawImage(image, 0, 0, null);
        } finally {
            g.dispose();
        }
        return argb;
    }
}
