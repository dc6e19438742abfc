package dev.visionbook.media;

/** Reads a PNG's size and checks that its chunk list runs complete to IEND. */
final class PngHeader {

    private static final int SIGNATURE_LENGTH = 8;

    private PngHeader() {
    }

    static ImageProbe.ImageInfo read(byte[] data) throws MediaException {
        requireComplete(data);
        int[] size = ImageIoHeader.dimensions(data, "png", "PNG");
        return new ImageProbe.ImageInfo(size[0], size[1], "png");
    }

    /** Walking chunk lengths costs no decoding and catches an upload cut short anywhere. */
    private static void requireComplete(byte[] data) throws MediaException {
        int offset = SIGNATURE_LENGTH;
        if (!Bytes.asciiAt(data, offset + 4, "IHDR")) {
            throw new MediaException("The PNG image is damaged: it does not start with an IHDR chunk.");
        }
        while (offset + 8 <= data.length) {
            long length = Bytes.u32be(data, offset);
            String type = Bytes.fourCc(data, offset + 4);
            long next = offset + 12L + length;
            if (next > data.length) {
                break;
            }
            if (type.equals("IEND")) {
                return;
            }
            offset = (int) next;
        }
        throw new MediaException("The PNG image is truncated: the file ends before its IEND chunk.");
    }
}
