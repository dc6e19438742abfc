package dev.visionbook.media;

/**
 * Reads a WEBP's size from its first image chunk (lossy VP8, lossless VP8L, or the extended
 * VP8X canvas) and checks that the RIFF container is complete. ImageIO has no WEBP reader.
 */
final class WebpHeader {

    private static final int FIRST_CHUNK = 12;
    private static final int CHUNK_HEADER = 8;

    private WebpHeader() {
    }

    static ImageProbe.ImageInfo read(byte[] data) throws MediaException {
        requireComplete(data);
        if (data.length < FIRST_CHUNK + CHUNK_HEADER) {
            throw new MediaException("The WEBP image is truncated: the file ends before its first chunk.");
        }
        String chunk = Bytes.fourCc(data, FIRST_CHUNK);
        int body = FIRST_CHUNK + CHUNK_HEADER;
        int[] size = switch (chunk) {
            case "VP8 " -> lossy(data, body);
            case "VP8L" -> lossless(data, body);
            case "VP8X" -> extended(data, body);
            default -> throw new MediaException("The WEBP image is damaged: its first chunk is '" + chunk.trim()
                    + "' instead of an image.");
        };
        if (size[0] <= 0 || size[1] <= 0) {
            throw new MediaException("The WEBP image is damaged: its header gives no size.");
        }
        return new ImageProbe.ImageInfo(size[0], size[1], "webp");
    }

    private static void requireComplete(byte[] data) throws MediaException {
        long riffEnd = CHUNK_HEADER + Bytes.u32le(data, 4);
        if (riffEnd > data.length) {
            throw new MediaException("The WEBP image is truncated: it announces " + riffEnd
                    + " bytes but the file has " + data.length + ".");
        }
        long offset = FIRST_CHUNK;
        while (offset + CHUNK_HEADER <= riffEnd) {
            long size = Bytes.u32le(data, (int) offset + 4);
            offset += CHUNK_HEADER + size + (size & 1); // chunks are padded to even length
        }
        if (offset > riffEnd) {
            throw new MediaException("The WEBP image is truncated: its last chunk runs past the end of the file.");
        }
    }

    /** VP8 key frame: 3-byte frame tag, start code 9D 01 2A, then two 14-bit dimensions. */
    private static int[] lossy(byte[] data, int body) throws MediaException {
        if (body + 10 > data.length || !Bytes.matchesAt(data, body + 3, 0x9D, 0x01, 0x2A)
                || (Bytes.u8(data, body) & 1) != 0) {
            throw new MediaException("The WEBP image is damaged: its VP8 data does not start with a key frame.");
        }
        return new int[] {Bytes.u16le(data, body + 6) & 0x3FFF, Bytes.u16le(data, body + 8) & 0x3FFF};
    }

    /** VP8L: signature byte 0x2F, then width-1 and height-1 as 14-bit fields. */
    private static int[] lossless(byte[] data, int body) throws MediaException {
        if (body + 5 > data.length || Bytes.u8(data, body) != 0x2F) {
            throw new MediaException("The WEBP image is damaged: its VP8L signature is missing.");
        }
        long bits = Bytes.u32le(data, body + 1);
        return new int[] {(int) (bits & 0x3FFF) + 1, (int) ((bits >> 14) & 0x3FFF) + 1};
    }

    /** VP8X: flags and reserved bytes, then canvas width-1 and height-1 as 24-bit fields. */
    private static int[] extended(byte[] data, int body) throws MediaException {
        if (body + 10 > data.length) {
            throw new MediaException("The WEBP image is truncated: its VP8X header is incomplete.");
        }
        return new int[] {Bytes.u24le(data, body + 4) + 1, Bytes.u24le(data, body + 7) + 1};
    }
}
