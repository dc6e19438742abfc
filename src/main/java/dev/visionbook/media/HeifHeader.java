package dev.visionbook.media;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads a HEIC/HEIF image's size from the {@code ispe} (image spatial extents) property of its
 * primary item, the way viewers do, applying a 90° {@code irot} rotation. The primary item of a
 * photo split into tiles is the grid, whose {@code ispe} is the full picture. Also finds the
 * primary item and the rotation and mirroring that turn its pixels upright.
 */
final class HeifHeader {

    /**
     * The primary item, as a viewer shows it.
     *
     * @param itemId its item ID, or -1 if the file names none
     * @param orientations the Exif orientation values (see {@link Orientation}) for its {@code irot}
     *     and {@code imir} properties, in the order they must be applied; FFmpeg ignores both
     */
    record Primary(long itemId, List<Integer> orientations) {
    }

    /** The parts of the {@code meta} box that describe items and their properties. */
    private record Meta(List<IsoBox> properties, Optional<Long> primary, List<Integer> associated) {
    }

    private HeifHeader() {
    }

    /**
     * @param format "heic" or "heif"
     * @return the size, or empty when the file has no {@code ispe} property at all
     */
    static Optional<ImageProbe.ImageInfo> read(byte[] data, String format) throws MediaException {
        Optional<Meta> meta = meta(data, format);
        if (meta.isEmpty()) {
            return Optional.empty();
        }
        List<IsoBox> properties = meta.get().properties();
        Optional<int[]> size = primarySize(data, properties, meta.get().associated())
                .or(() -> largestSize(data, properties));
        return size.map(s -> new ImageProbe.ImageInfo(s[0], s[1], format));
    }

    /** The primary item's ID and how to turn it upright. */
    static Primary primary(byte[] data, String format) throws MediaException {
        Optional<Meta> meta = meta(data, format);
        if (meta.isEmpty()) {
            return new Primary(-1, List.of());
        }
        List<Integer> orientations = new ArrayList<>();
        for (int index : meta.get().associated()) {
            if (index < meta.get().properties().size()) {
                orientation(data, meta.get().properties().get(index)).ifPresent(orientations::add);
            }
        }
        return new Primary(meta.get().primary().orElse(-1L), orientations);
    }

    /** Empty when the file has no item properties at all. */
    private static Optional<Meta> meta(byte[] data, String format) throws MediaException {
        String what = format.toUpperCase(Locale.ROOT) + " image";
        List<IsoBox> top = IsoBox.children(data, 0, data.length, what);
        IsoBox meta = IsoBox.find(top, "meta")
                .orElseThrow(() -> new MediaException("The " + what + " is damaged: it has no 'meta' box."));
        List<IsoBox> metaChildren = meta.children(data, IsoBox.FULL_BOX_HEADER, what);
        Optional<IsoBox> iprp = IsoBox.find(metaChildren, "iprp");
        if (iprp.isEmpty()) {
            return Optional.empty();
        }
        List<IsoBox> iprpChildren = iprp.get().children(data, 0, what);
        Optional<IsoBox> ipco = IsoBox.find(iprpChildren, "ipco");
        if (ipco.isEmpty()) {
            return Optional.empty();
        }
        List<IsoBox> properties = ipco.get().children(data, 0, what);
        Optional<Long> primary = IsoBox.find(metaChildren, "pitm").map(pitm -> primaryItem(data, pitm));
        List<Integer> associated = primary.isEmpty() ? List.of()
                : associations(data, IsoBox.find(iprpChildren, "ipma"), primary.get());
        return Optional.of(new Meta(properties, primary, associated));
    }

    /**
     * irot: the low two bits count quarter turns anticlockwise. imir: axis 0 is a vertical axis
     * (left and right swap), axis 1 a horizontal one (top and bottom swap).
     */
    private static Optional<Integer> orientation(byte[] data, IsoBox property) {
        if (property.body() >= property.end()) {
            return Optional.empty();
        }
        int value = Bytes.u8(data, property.body());
        return switch (property.type()) {
            case "irot" -> Optional.of(Orientation.fromClockwiseDegrees(-90.0 * (value & 3)));
            case "imir" -> Optional.of((value & 1) == 0 ? 2 : 4);
            default -> Optional.empty();
        };
    }

    private static Optional<int[]> primarySize(byte[] data, List<IsoBox> properties, List<Integer> associated) {
        int[] size = null;
        boolean quarterTurn = false;
        for (int index : associated) {
            if (index >= properties.size()) {
                continue; // a dangling association in a sloppy file; the fallback still applies
            }
            IsoBox property = properties.get(index);
            if (property.type().equals("ispe") && size == null) {
                size = extents(data, property);
            } else if (property.type().equals("irot") && property.body() < property.end()) {
                quarterTurn = (Bytes.u8(data, property.body()) & 1) == 1;
            }
        }
        if (size == null) {
            return Optional.empty();
        }
        return Optional.of(quarterTurn ? new int[] {size[1], size[0]} : size);
    }

    /** Fallback when there is no usable primary item: the biggest image in the file. */
    private static Optional<int[]> largestSize(byte[] data, List<IsoBox> properties) {
        int[] largest = null;
        for (IsoBox property : properties) {
            if (property.type().equals("ispe")) {
                int[] size = extents(data, property);
                if (size != null && (largest == null || (long) size[0] * size[1] > (long) largest[0] * largest[1])) {
                    largest = size;
                }
            }
        }
        return Optional.ofNullable(largest);
    }

    /** ispe: a full box holding 32-bit width and height. */
    private static int[] extents(byte[] data, IsoBox ispe) {
        int at = ispe.body() + IsoBox.FULL_BOX_HEADER;
        if (at + 8 > ispe.end()) {
            return null;
        }
        long width = Bytes.u32be(data, at);
        long height = Bytes.u32be(data, at + 4);
        if (width <= 0 || height <= 0 || width > Integer.MAX_VALUE || height > Integer.MAX_VALUE) {
            return null;
        }
        return new int[] {(int) width, (int) height};
    }

    /** pitm: version 0 stores a 16-bit item id, later versions 32 bits. */
    private static long primaryItem(byte[] data, IsoBox pitm) {
        int version = Bytes.u8(data, pitm.body());
        int at = pitm.body() + IsoBox.FULL_BOX_HEADER;
        if (at + (version == 0 ? 2 : 4) > pitm.end()) {
            return -1;
        }
        return version == 0 ? Bytes.u16be(data, at) : Bytes.u32be(data, at);
    }

    /**
     * ipma: for each item, the 1-based indexes of its properties in ipco. Returns the 0-based
     * indexes for {@code item}, or an empty list if the box is missing or malformed.
     */
    private static List<Integer> associations(byte[] data, Optional<IsoBox> ipma, long item) {
        List<Integer> indexes = new ArrayList<>();
        if (ipma.isEmpty()) {
            return indexes;
        }
        IsoBox box = ipma.get();
        int version = Bytes.u8(data, box.body());
        boolean wideIndexes = (Bytes.u8(data, box.body() + 3) & 1) == 1;
        int at = box.body() + IsoBox.FULL_BOX_HEADER;
        if (at + 4 > box.end()) {
            return indexes;
        }
        long entries = Bytes.u32be(data, at);
        at += 4;
        for (long e = 0; e < entries; e++) {
            int idSize = version < 1 ? 2 : 4;
            if (at + idSize + 1 > box.end()) {
                return List.of();
            }
            long id = version < 1 ? Bytes.u16be(data, at) : Bytes.u32be(data, at);
            int count = Bytes.u8(data, at + idSize);
            at += idSize + 1;
            int entrySize = wideIndexes ? 2 : 1;
            if (at + count * entrySize > box.end()) {
                return List.of();
            }
            for (int a = 0; a < count; a++) {
                int index = wideIndexes ? Bytes.u16be(data, at) & 0x7FFF : Bytes.u8(data, at) & 0x7F;
                at += entrySize;
                if (id == item && index > 0) {
                    indexes.add(index - 1);
                }
            }
        }
        return indexes;
    }
}
