package dev.visionbook.media;

import static dev.visionbook.media.TestMedia.ascii;
import static dev.visionbook.media.TestMedia.concat;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * HEIF files assembled around the coded picture of groundtruth/shapes.heic (640x480, HEVC), to
 * try what heif-enc does not write for us: tile grids as phones store photos, and rotation or
 * mirroring properties.
 */
final class HeifFiles {

    static final int TILE_WIDTH = 640;
    static final int TILE_HEIGHT = 480;

    private static final byte[] SOURCE = TestMedia.bytes("groundtruth/shapes.heic");

    private HeifFiles() {
    }

    /** One coded picture as the primary item, with an optional irot (quarter turns anticlockwise) and imir (axis). */
    static byte[] single(Integer irot, Integer imirAxis) throws MediaException {
        List<byte[]> properties = new ArrayList<>(tileProperties());
        List<Integer> primary = new ArrayList<>(List.of(0x81, 0x02, 0x83));
        addTransforms(properties, primary, irot, imirAxis);
        byte[] iinf = fullBox("iinf", 0, 0, u16(1), infe(1, "hvc1", 0));
        byte[] ipma = fullBox("ipma", 0, 0, u32(1), association(1, primary));
        return assemble(iinf, new byte[0], properties, ipma, new byte[0], List.of(1), 1);
    }

    /** A grid of {@code columns}×{@code rows} copies of the picture, cropped to {@code width}×{@code height}. */
    static byte[] grid(int columns, int rows, int width, int height, Integer irot) throws MediaException {
        int tiles = columns * rows;
        List<byte[]> properties = new ArrayList<>(tileProperties());
        properties.add(fullBox("ispe", 0, 0, u32(width), u32(height)));
        List<Integer> gridProperties = new ArrayList<>(List.of(properties.size()));
        addTransforms(properties, gridProperties, irot, null);

        ByteArrayOutputStream infes = new ByteArrayOutputStream();
        ByteArrayOutputStream references = new ByteArrayOutputStream();
        ByteArrayOutputStream associations = new ByteArrayOutputStream();
        infes.writeBytes(infe(1, "grid", 0));
        associations.writeBytes(association(1, gridProperties));
        List<Integer> tileItems = new ArrayList<>();
        for (int t = 0; t < tiles; t++) {
            int item = 2 + t;
            tileItems.add(item);
            infes.writeBytes(infe(item, "hvc1", 1)); // flag 1: hidden, only part of the grid
            references.writeBytes(u16(item));
            associations.writeBytes(association(item, List.of(0x81, 0x02, 0x83)));
        }
        byte[] iinf = fullBox("iinf", 0, 0, u16(tiles + 1), infes.toByteArray());
        byte[] iref = fullBox("iref", 0, 0, box("dimg", u16(1), u16(tiles), references.toByteArray()));
        byte[] ipma = fullBox("ipma", 0, 0, u32(tiles + 1), associations.toByteArray());
        // ImageGrid: version 0, flags 0 (16-bit sizes), rows-1, columns-1, output size.
        byte[] descriptor = concat(new byte[] {0, 0, (byte) (rows - 1), (byte) (columns - 1)}, u16(width), u16(height));
        return assemble(iinf, iref, properties, ipma, descriptor, tileItems, 1);
    }

    private static void addTransforms(List<byte[]> properties, List<Integer> associated, Integer irot,
            Integer imirAxis) {
        if (irot != null) {
            properties.add(box("irot", new byte[] {irot.byteValue()}));
            associated.add(0x80 | properties.size());
        }
        if (imirAxis != null) {
            properties.add(box("imir", new byte[] {imirAxis.byteValue()}));
            associated.add(0x80 | properties.size());
        }
    }

    /** hvcC, ispe and pixi of the source's primary item: properties 1, 2 and 3. */
    private static List<byte[]> tileProperties() throws MediaException {
        List<IsoBox> ipco = ipco();
        return List.of(whole(IsoBox.find(ipco, "hvcC").orElseThrow()),
                fullBox("ispe", 0, 0, u32(TILE_WIDTH), u32(TILE_HEIGHT)),
                whole(IsoBox.find(ipco, "pixi").orElseThrow()));
    }

    /**
     * @param descriptor the grid item's data, or empty when item 1 is itself the picture
     * @param pictureItems the items whose data is the coded picture
     */
    private static byte[] assemble(byte[] iinf, byte[] iref, List<byte[]> properties, byte[] ipma, byte[] descriptor,
            List<Integer> pictureItems, int primary) throws MediaException {
        byte[] picture = codedPicture();
        byte[] ftyp = concat(u32(24), ascii("ftypheic"), u32(0), ascii("mif1heic"));
        byte[] hdlr = fullBox("hdlr", 0, 0, u32(0), ascii("pict"), new byte[12], new byte[] {0});
        byte[] pitm = fullBox("pitm", 0, 0, u16(primary));
        byte[] iprp = box("iprp", box("ipco", properties.toArray(new byte[0][])), ipma);
        // iloc offsets are absolute, so the meta box is sized once and then built for real.
        byte[] meta = meta(hdlr, pitm, iinf, iref, iprp, descriptor, pictureItems, picture.length, 0);
        int mdatBody = ftyp.length + meta.length + 8;
        meta = meta(hdlr, pitm, iinf, iref, iprp, descriptor, pictureItems, picture.length, mdatBody);
        return concat(ftyp, meta, box("mdat", descriptor, picture));
    }

    private static byte[] meta(byte[] hdlr, byte[] pitm, byte[] iinf, byte[] iref, byte[] iprp, byte[] descriptor,
            List<Integer> pictureItems, int pictureLength, int mdatBody) {
        ByteArrayOutputStream entries = new ByteArrayOutputStream();
        int count = pictureItems.size();
        if (descriptor.length > 0) {
            entries.writeBytes(extent(1, mdatBody, descriptor.length));
            count++;
        }
        for (int item : pictureItems) {
            entries.writeBytes(extent(item, mdatBody + descriptor.length, pictureLength)); // tiles share the data
        }
        // iloc version 0: 4-byte offsets and lengths, no base offset.
        byte[] iloc = fullBox("iloc", 0, 0, new byte[] {0x44, 0x00}, u16(count), entries.toByteArray());
        return fullBox("meta", 0, 0, hdlr, pitm, iloc, iinf, iref, iprp);
    }

    private static byte[] extent(int item, int offset, int length) {
        return concat(u16(item), u16(0), u16(1), u32(offset), u32(length));
    }

    private static byte[] infe(int item, String type, int flags) {
        return fullBox("infe", 2, flags, u16(item), u16(0), ascii(type), new byte[] {0});
    }

    private static byte[] association(int item, List<Integer> properties) {
        byte[] indexes = new byte[properties.size()];
        for (int i = 0; i < indexes.length; i++) {
            indexes[i] = properties.get(i).byteValue();
        }
        return concat(u16(item), new byte[] {(byte) indexes.length}, indexes);
    }

    private static List<IsoBox> ipco() throws MediaException {
        List<IsoBox> meta = IsoBox.find(IsoBox.children(SOURCE, 0, SOURCE.length, "HEIC image"), "meta").orElseThrow()
                .children(SOURCE, IsoBox.FULL_BOX_HEADER, "HEIC image");
        IsoBox iprp = IsoBox.find(meta, "iprp").orElseThrow();
        return IsoBox.find(iprp.children(SOURCE, 0, "HEIC image"), "ipco").orElseThrow()
                .children(SOURCE, 0, "HEIC image");
    }

    /** Item 1's single extent, read from the source's iloc box (version 0, 4-byte offset, length and base). */
    private static byte[] codedPicture() throws MediaException {
        List<IsoBox> meta = IsoBox.find(IsoBox.children(SOURCE, 0, SOURCE.length, "HEIC image"), "meta").orElseThrow()
                .children(SOURCE, IsoBox.FULL_BOX_HEADER, "HEIC image");
        IsoBox iloc = IsoBox.find(meta, "iloc").orElseThrow();
        ByteBuffer in = ByteBuffer.wrap(SOURCE, iloc.body(), iloc.end() - iloc.body());
        in.getInt(); // version 0 and flags
        if (in.get() != 0x44 || in.get() != 0x40) {
            throw new IllegalStateException("shapes.heic's iloc layout changed; update HeifFiles");
        }
        in.getShort(); // item count
        if (in.getShort() != 1) {
            throw new IllegalStateException("shapes.heic's first iloc entry is not item 1");
        }
        in.getShort(); // data reference
        int base = in.getInt();
        in.getShort(); // extent count
        int offset = base + in.getInt();
        int length = in.getInt();
        return Arrays.copyOfRange(SOURCE, offset, offset + length);
    }

    private static byte[] whole(IsoBox box) {
        int header = 8;
        return Arrays.copyOfRange(SOURCE, box.body() - header, box.end());
    }

    private static byte[] box(String type, byte[]... parts) {
        byte[] body = concat(parts);
        return concat(u32(8 + body.length), ascii(type), body);
    }

    private static byte[] fullBox(String type, int version, int flags, byte[]... parts) {
        byte[] header = {(byte) version, (byte) (flags >> 16), (byte) (flags >> 8), (byte) flags};
        return box(type, concat(header, concat(parts)));
    }

    private static byte[] u16(int value) {
        return new byte[] {(byte) (value >> 8), (byte) value};
    }

    private static byte[] u32(int value) {
        return ByteBuffer.allocate(4).putInt(value).array();
    }
}
