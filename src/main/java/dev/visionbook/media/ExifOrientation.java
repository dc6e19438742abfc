package dev.visionbook.media;

/**
 * Reads the orientation tag (0x0112) from a JPEG's Exif segment: how the stored pixels must be
 * turned to show the picture upright. Phones store the sensor's pixels and set this tag instead of
 * rotating them, so a portrait photo decodes sideways without it.
 */
final class ExifOrientation {

    /** The value meaning "as stored", also used when the tag is missing or unreadable. */
    static final int NORMAL = 1;

    private static final int MARKER = 0xFF;
    private static final int APP1 = 0xE1;
    private static final int START_OF_SCAN = 0xDA;
    private static final int ORIENTATION_TAG = 0x0112;
    private static final int TYPE_SHORT = 3;
    private static final int IFD_ENTRY = 12;

    private ExifOrientation() {
    }

    /** The orientation, 1 to 8 as defined by Exif/TIFF; {@link #NORMAL} if absent or damaged. */
    static int read(byte[] jpeg) {
        int offset = 2;
        while (offset + 4 <= jpeg.length && Bytes.u8(jpeg, offset) == MARKER) {
            int marker = Bytes.u8(jpeg, offset + 1);
            if (marker == MARKER) {
                offset++; // fill byte
                continue;
            }
            if (marker == START_OF_SCAN) {
                break; // metadata segments all come before the image data
            }
            int length = Bytes.u16be(jpeg, offset + 2);
            int body = offset + 4;
            int end = Math.min(jpeg.length, offset + 2 + length);
            if (marker == APP1 && Bytes.asciiAt(jpeg, body, "Exif\0\0")) {
                return fromTiff(jpeg, body + 6, end);
            }
            offset = offset + 2 + length;
        }
        return NORMAL;
    }

    /** Looks the tag up in IFD0 of the TIFF structure that Exif data is. */
    private static int fromTiff(byte[] data, int tiff, int end) {
        boolean little;
        if (Bytes.asciiAt(data, tiff, "II")) {
            little = true;
        } else if (Bytes.asciiAt(data, tiff, "MM")) {
            little = false;
        } else {
            return NORMAL;
        }
        if (tiff + 8 > end || u16(data, tiff + 2, little) != 42) {
            return NORMAL;
        }
        long ifd = tiff + u32(data, tiff + 4, little);
        if (ifd + 2 > end) {
            return NORMAL;
        }
        int entries = u16(data, (int) ifd, little);
        for (int i = 0; i < entries; i++) {
            int entry = (int) ifd + 2 + i * IFD_ENTRY;
            if (entry + IFD_ENTRY > end) {
                return NORMAL;
            }
            if (u16(data, entry, little) == ORIENTATION_TAG) {
                // A single SHORT sits left-justified in the entry's 4-byte value field.
                int value = u16(data, entry + 8, little);
                boolean valid = u16(data, entry + 2, little) == TYPE_SHORT && value >= 1 && value <= 8;
                return valid ? value : NORMAL;
            }
        }
        return NORMAL;
    }

    private static int u16(byte[] data, int offset, boolean little) {
        return little ? Bytes.u16le(data, offset) : Bytes.u16be(data, offset);
    }

    private static long u32(byte[] data, int offset, boolean little) {
        return little ? Bytes.u32le(data, offset) : Bytes.u32be(data, offset);
    }
}
