package dev.visionbook.media;

/** Reads a JPEG's size and checks that its compressed data ends with an end-of-image marker. */
final class JpegHeader {

    private static final int MARKER = 0xFF;
    private static final int START_OF_SCAN = 0xDA;
    private static final int END_OF_IMAGE = 0xD9;

    private JpegHeader() {
    }

    static ImageProbe.ImageInfo read(byte[] data) throws MediaException {
        int[] size = ImageIoHeader.dimensions(data, "jpeg", "JPEG");
        requireEndOfImage(data);
        return new ImageProbe.ImageInfo(size[0], size[1], "jpeg");
    }

    /**
     * Searching only after the first scan starts matters: an EXIF thumbnail before it carries its
     * own end-of-image marker. Inside scan data a 0xFF byte is always followed by 0x00 or a
     * marker, so FF D9 there really is the end. Bytes after it (motion photos append a video) are
     * fine.
     */
    private static void requireEndOfImage(byte[] data) throws MediaException {
        int scan = firstScan(data);
        for (int i = scan; i + 1 < data.length; i++) {
            if (Bytes.u8(data, i) == MARKER && Bytes.u8(data, i + 1) == END_OF_IMAGE) {
                return;
            }
        }
        throw new MediaException("The JPEG image is truncated: its compressed data has no end-of-image marker.");
    }

    private static int firstScan(byte[] data) throws MediaException {
        int offset = 2;
        while (offset + 4 <= data.length) {
            if (Bytes.u8(data, offset) != MARKER) {
                throw new MediaException("The JPEG image is damaged: a header segment is malformed.");
            }
            int marker = Bytes.u8(data, offset + 1);
            if (marker == MARKER) {
                offset++; // fill byte before a marker
                continue;
            }
            int segmentEnd = offset + 2 + Bytes.u16be(data, offset + 2);
            if (marker == START_OF_SCAN) {
                return segmentEnd;
            }
            offset = segmentEnd;
        }
        throw new MediaException("The JPEG image is truncated: the file ends before its image data.");
    }
}
