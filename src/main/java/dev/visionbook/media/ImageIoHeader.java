package dev.visionbook.media;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;

/** Image dimensions from javax.imageio's header parsing, without decoding any pixels. */
final class ImageIoHeader {

    private ImageIoHeader() {
    }

    /**
     * @param formatName an ImageIO format name, "png" or "jpeg"
     * @param label the format's name in messages, e.g. "PNG"
     * @return width and height
     */
    static int[] dimensions(byte[] data, String formatName, String label) throws MediaException {
        Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(formatName);
        if (!readers.hasNext()) {
            throw new IllegalStateException("This Java runtime has no ImageIO reader for " + formatName);
        }
        ImageReader reader = readers.next();
        // A memory cache rather than ImageIO's default temp-file cache: the bytes are already in memory.
        try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(data))) {
            reader.setInput(in, true, true);
            return new int[] {reader.getWidth(0), reader.getHeight(0)};
        } catch (IOException | RuntimeException e) {
            throw new MediaException("The " + label + " image header could not be read ("
                    + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()) + ").", e);
        } finally {
            reader.dispose();
        }
    }
}
