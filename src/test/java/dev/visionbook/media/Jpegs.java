package dev.visionbook.media;

import static dev.visionbook.media.TestMedia.concat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import javax.imageio.ImageIO;

/** JPEG files made for orientation tests. */
final class Jpegs {

    /** Where {@link #withExifOrientation} puts the TIFF header's byte-order mark: after SOI, APP1 header and "Exif\0\0". */
    static final int TIFF_HEADER_OFFSET = 2 + 4 + 6;

    private Jpegs() {
    }

    /** A white JPEG with a 16x16 red block in its top-left corner and a blue one in its top-right. */
    static byte[] markedCorners(int width, int height) throws IOException {
        BufferedImage image = markedCornersImage(width, height, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "jpeg", out);
        return out.toByteArray();
    }

    /**
     * {@code jpeg} with an APP1 Exif segment inserted right after its start-of-image marker: a
     * TIFF header and IFD0 holding only the orientation tag, as cameras write it.
     */
    static byte[] withExifOrientation(byte[] jpeg, int orientation, boolean littleEndian) {
        ByteOrder order = littleEndian ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN;
        ByteBuffer tiff = ByteBuffer.allocate(8 + 2 + 12 + 4).order(order);
        tiff.put((byte) (littleEndian ? 'I' : 'M')).put((byte) (littleEndian ? 'I' : 'M'));
        tiff.putShort((short) 42).putInt(8); // magic number, IFD0 right after the header
        tiff.putShort((short) 1); // one entry
        tiff.putShort((short) 0x0112).putShort((short) 3).putInt(1); // Orientation, SHORT, count 1
        tiff.putShort((short) orientation).putShort((short) 0); // value, left-justified in 4 bytes
        tiff.putInt(0); // no next IFD
        byte[] body = concat(TestMedia.ascii("Exif\0\0"), tiff.array());
        byte[] app1 = concat(new byte[] {(byte) 0xFF, (byte) 0xE1},
                new byte[] {(byte) ((body.length + 2) >> 8), (byte) (body.length + 2)}, body);
        return concat(Arrays.copyOf(jpeg, 2), app1, Arrays.copyOfRange(jpeg, 2, jpeg.length));
    }

    /** The same picture as {@link #markedCorners}, as an image of the given type. */
    static BufferedImage markedCornersImage(int width, int height, int imageType) {
        BufferedImage image = new BufferedImage(width, height, imageType);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        g.setColor(Color.RED);
        g.fillRect(0, 0, 16, 16);
        g.setColor(Color.BLUE);
        g.fillRect(width - 16, 0, 16, 16);
        g.dispose();
        return image;
    }
}
