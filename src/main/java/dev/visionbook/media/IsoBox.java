package dev.visionbook.media;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One ISO BMFF box (HEIF, MP4) located in an in-memory file.
 *
 * @param type the four-character box type
 * @param body offset of the first byte after the box header
 * @param end offset just past the box
 */
record IsoBox(String type, int body, int end) {

    /** Size of the version-and-flags prefix of a "full box". */
    static final int FULL_BOX_HEADER = 4;

    /**
     * The boxes laid end to end between {@code from} and {@code to}.
     *
     * @param what the file's kind for messages, e.g. "HEIC image"
     * @throws MediaException if a box claims to extend past {@code to}: the file is truncated
     */
    static List<IsoBox> children(byte[] data, int from, int to, String what) throws MediaException {
        List<IsoBox> boxes = new ArrayList<>();
        int offset = from;
        while (offset + 8 <= to) {
            long size = Bytes.u32be(data, offset);
            String type = Bytes.fourCc(data, offset + 4);
            int header = 8;
            if (size == 1) {
                if (offset + 16 > to) {
                    throw truncated(what, type);
                }
                size = Bytes.u64be(data, offset + 8);
                header = 16;
            } else if (size == 0) {
                size = to - offset; // "extends to the end of the file"
            }
            if (size < header) {
                throw new MediaException("The " + what + " is damaged: its '" + type + "' box has an impossible size.");
            }
            if (offset + size > to) {
                throw truncated(what, type);
            }
            boxes.add(new IsoBox(type, offset + header, (int) (offset + size)));
            offset += (int) size;
        }
        return boxes;
    }

    static Optional<IsoBox> find(List<IsoBox> boxes, String type) {
        return boxes.stream().filter(box -> box.type.equals(type)).findFirst();
    }

    /** The boxes inside this one, {@code skip} bytes after its header (4 for a full box). */
    List<IsoBox> children(byte[] data, int skip, String what) throws MediaException {
        return children(data, body + skip, end, what);
    }

    private static MediaException truncated(String what, String type) {
        return new MediaException("The " + what + " is truncated: its '" + type.trim()
                + "' box runs past the end of the file.");
    }
}
