package dev.visionbook.media;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.Arrays;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ImageDecoderTest {

    @ParameterizedTest
    @CsvSource({"shapes, jpg", "shapes, webp", "shapes, heic", "scene, jpg", "scene, webp", "scene, heic"})
    void every_format_decodes_to_the_pixels_of_the_png(String picture, String extension) throws MediaException {
        BufferedImage png = ImageDecoder.read(TestMedia.file("groundtruth/" + picture + ".png"));
        BufferedImage other = ImageDecoder.read(TestMedia.file("groundtruth/" + picture + "." + extension));

        assertEquals(png.getWidth(), other.getWidth());
        assertEquals(png.getHeight(), other.getHeight());
        assertEquals(BufferedImage.TYPE_INT_RGB, other.getType());
        // Lossy coding leaves well under one level per channel on average. Full-range HEIC decoded
        // as video range (what JavaCV's own conversion does) is off by more than two.
        double difference = Images.meanAbsoluteDifference(png, other);
        assertTrue(difference < 1.0, () -> extension + " differs from the PNG by " + difference + " on average");
    }

    @ParameterizedTest
    @CsvSource({"png", "jpg", "webp", "heic"})
    void the_shapes_have_their_colours(String extension) throws MediaException {
        BufferedImage shapes = ImageDecoder.read(TestMedia.file("groundtruth/shapes." + extension));

        Images.assertColour(0xFF0000, shapes.getRGB(120, 100), "red rectangle");
        Images.assertColour(0x0000FF, shapes.getRGB(400, 120), "blue circle");
        Images.assertColour(0x008000, shapes.getRGB(200, 380), "green triangle");
        Images.assertColour(0xFFFFFF, shapes.getRGB(20, 460), "background");
    }

    @Test
    void inline_bytes_decode_like_files() throws MediaException {
        BufferedImage image = ImageDecoder.read(TestMedia.bytes("photos/coffee.png"));

        assertEquals(600, image.getWidth());
        assertEquals(400, image.getHeight());
    }

    @Test
    void transparency_is_kept() throws MediaException, IOException {
        BufferedImage source = new BufferedImage(4, 4, BufferedImage.TYPE_INT_ARGB);
        source.setRGB(1, 1, 0x80FF0000);

        BufferedImage decoded = ImageDecoder.read(png(source));

        assertEquals(BufferedImage.TYPE_INT_ARGB, decoded.getType());
        assertEquals(0x80FF0000, decoded.getRGB(1, 1));
        assertEquals(0, decoded.getRGB(0, 0) >>> 24);
        assertEquals(BufferedImage.TYPE_INT_ARGB, ImageDecoder.read(TestMedia.file("photos/tux.lossless.webp")).getType());
    }

    @Test
    void grey_levels_are_not_brightened() throws MediaException, IOException {
        BufferedImage grey = new BufferedImage(2, 1, BufferedImage.TYPE_BYTE_GRAY);
        grey.getRaster().setSample(0, 0, 0, 128);
        grey.getRaster().setSample(1, 0, 0, 30);

        BufferedImage decoded = ImageDecoder.read(png(grey));

        assertEquals(BufferedImage.TYPE_INT_RGB, decoded.getType());
        assertEquals(0x808080, decoded.getRGB(0, 0) & 0xFFFFFF);
        assertEquals(0x1E1E1E, decoded.getRGB(1, 0) & 0xFFFFFF);
    }

    /**
     * The stored picture has a red block in its top-left corner and a blue one in its top-right.
     * Where they show up follows the Exif definition of each value: which side of the displayed
     * picture the stored first row and first column become.
     */
    @ParameterizedTest
    @CsvSource({
        "1, MM, top-left, top-right", "2, MM, top-right, top-left", "3, MM, bottom-right, bottom-left",
        "4, MM, bottom-left, bottom-right", "5, MM, top-left, bottom-left", "6, MM, top-right, bottom-right",
        "7, MM, bottom-right, top-right", "8, MM, bottom-left, top-left", "6, II, top-right, bottom-right",
        "8, II, bottom-left, top-left"})
    void jpeg_exif_orientation_turns_the_picture_upright(int orientation, String byteOrder, String red, String blue)
            throws MediaException, IOException {
        byte[] jpeg = Jpegs.withExifOrientation(Jpegs.markedCorners(64, 32), orientation, byteOrder.equals("II"));

        BufferedImage upright = ImageDecoder.read(jpeg);

        boolean quarterTurn = orientation >= 5;
        assertEquals(quarterTurn ? 32 : 64, upright.getWidth());
        assertEquals(quarterTurn ? 64 : 32, upright.getHeight());
        Images.assertColour(0xFF0000, Images.corner(upright, red), "red block");
        Images.assertColour(0x0000FF, Images.corner(upright, blue), "blue block");
    }

    @Test
    void a_jpeg_without_usable_exif_is_shown_as_stored() throws MediaException, IOException {
        byte[] plain = Jpegs.markedCorners(64, 32);
        byte[] badTiff = Jpegs.withExifOrientation(plain, 6, false);
        badTiff[Jpegs.TIFF_HEADER_OFFSET] = 'X'; // neither "II" nor "MM"

        for (byte[] jpeg : new byte[][] {plain, badTiff}) {
            BufferedImage image = ImageDecoder.read(jpeg);
            assertEquals(64, image.getWidth());
            Images.assertColour(0xFF0000, Images.corner(image, "top-left"), "red block");
        }
    }

    @Test
    void a_heic_grid_is_put_together_from_its_tiles() throws MediaException {
        BufferedImage tile = ImageDecoder.read(TestMedia.file("groundtruth/shapes.heic"));

        // Two by two tiles of 640x480, cropped to 1200x900 as the grid item asks.
        BufferedImage grid = ImageDecoder.read(HeifFiles.grid(2, 2, 1200, 900, null));

        assertEquals(1200, grid.getWidth());
        assertEquals(900, grid.getHeight());
        for (int y = 0; y < grid.getHeight(); y += 7) {
            for (int x = 0; x < grid.getWidth(); x += 7) {
                assertEquals(tile.getRGB(x % HeifFiles.TILE_WIDTH, y % HeifFiles.TILE_HEIGHT), grid.getRGB(x, y),
                        "pixel " + x + "," + y);
            }
        }
    }

    @Test
    void heif_rotation_and_mirroring_are_applied() throws MediaException {
        BufferedImage stored = ImageDecoder.read(HeifFiles.single(null, null));
        int w = stored.getWidth();
        int h = stored.getHeight();

        BufferedImage quarterAnticlockwise = ImageDecoder.read(HeifFiles.single(1, null));
        BufferedImage mirrored = ImageDecoder.read(HeifFiles.single(null, 0));
        BufferedImage grid = ImageDecoder.read(HeifFiles.grid(2, 1, 1280, 480, 3));

        assertEquals(h, quarterAnticlockwise.getWidth());
        assertEquals(w, quarterAnticlockwise.getHeight());
        assertEquals(480, grid.getWidth());
        assertEquals(1280, grid.getHeight());
        for (int y = 0; y < h; y += 5) {
            for (int x = 0; x < w; x += 5) {
                // Turned anticlockwise, the stored right edge becomes the top row.
                assertEquals(stored.getRGB(x, y), quarterAnticlockwise.getRGB(y, w - 1 - x));
                assertEquals(stored.getRGB(x, y), mirrored.getRGB(w - 1 - x, y));
                // Three quarter turns anticlockwise are one clockwise: the stored left edge becomes the top row.
                assertEquals(stored.getRGB(x, y), grid.getRGB(h - 1 - y, x));
            }
        }
    }

    @ParameterizedTest
    @CsvSource({
        "groundtruth/shapes.png, the PNG image is truncated",
        "groundtruth/shapes.jpg, the JPEG image is truncated",
        "groundtruth/shapes.webp, the WEBP image is truncated",
        "groundtruth/shapes.heic, the HEIC image is truncated"})
    void truncated_images_fail_clearly(String file, String reason) {
        byte[] whole = TestMedia.bytes(file);
        byte[] cut = Arrays.copyOf(whole, whole.length * 2 / 3);

        MediaException failure = assertThrows(MediaException.class, () -> ImageDecoder.read(cut));
        assertTrue(failure.getMessage().startsWith("The image could not be decoded: " + reason),
                failure.getMessage());
    }

    @Test
    void damaged_png_data_fails_clearly() {
        byte[] damaged = TestMedia.bytes("groundtruth/scene.png");
        Arrays.fill(damaged, damaged.length / 2, damaged.length / 2 + 200, (byte) 0x55);

        MediaException failure = assertThrows(MediaException.class, () -> ImageDecoder.read(damaged));
        assertEquals("The image could not be decoded: the PNG data is damaged (Error reading PNG image data).",
                failure.getMessage());
    }

    @Test
    void data_that_is_not_an_image_fails_clearly() {
        for (byte[] data : new byte[][] {TestMedia.ascii("just some text"), new byte[0],
            TestMedia.bytes("audio/sense_and_sensibility_01_austen_64kb-0870.wav")}) {
            MediaException failure = assertThrows(MediaException.class, () -> ImageDecoder.read(data));
            assertEquals("The image could not be decoded: the data is not a PNG, JPEG, WEBP, HEIC or HEIF image.",
                    failure.getMessage());
        }
    }

    @Test
    void a_huge_canvas_is_refused_before_decoding() throws IOException {
        byte[] png = png(new BufferedImage(2, 2, BufferedImage.TYPE_INT_RGB));
        ByteBuffer.wrap(png).putInt(16, 20_000).putInt(20, 20_000); // IHDR width and height

        MediaException failure = assertThrows(MediaException.class, () -> ImageDecoder.read(png));
        assertEquals("The image could not be decoded: it is 20000x20000 pixels, more than the 100 megapixels"
                + " that can be decoded.", failure.getMessage());
    }

    @Test
    void a_missing_file_fails_clearly() {
        MediaException failure = assertThrows(MediaException.class,
                () -> ImageDecoder.read(Path.of("no", "such", "image.png")));
        assertEquals("The image file could not be read.", failure.getMessage());
    }

    private static byte[] png(BufferedImage image) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
