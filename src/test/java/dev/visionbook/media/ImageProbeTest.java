package dev.visionbook.media;

import static dev.visionbook.media.TestMedia.ascii;
import static dev.visionbook.media.TestMedia.concat;
import static dev.visionbook.media.TestMedia.hex;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ImageProbeTest {

    @ParameterizedTest
    @CsvSource({
        "groundtruth/shapes.png, image/png, 640, 480, png",
        "groundtruth/shapes.jpg, image/jpeg, 640, 480, jpeg",
        "groundtruth/shapes.webp, image/webp, 640, 480, webp",
        "groundtruth/shapes.heic, image/heic, 640, 480, heic",
        "groundtruth/scene.png, image/png, 960, 600, png",
        "groundtruth/scene.jpg, image/jpeg, 960, 600, jpeg",
        "groundtruth/scene.webp, image/webp, 960, 600, webp",
        "groundtruth/scene.heic, image/heic, 960, 600, heic",
        "photos/astronaut.png, image/png, 512, 512, png",
        "photos/chelsea.png, image/png, 451, 300, png",
        "photos/coffee.png, image/png, 600, 400, png",
        "photos/tux.lossless.webp, image/webp, 386, 395, webp"})
    void image_files_report_their_dimensions(String file, String mime, int width, int height, String format)
            throws MediaException {
        assertEquals(new ImageProbe.ImageInfo(width, height, format), ImageProbe.probe(TestMedia.file(file), mime));
    }

    @Test
    void inline_bytes_are_probed_like_files() throws MediaException {
        ImageProbe.ImageInfo info = ImageProbe.probe(TestMedia.bytes("groundtruth/scene.webp"), "image/webp");
        assertEquals(new ImageProbe.ImageInfo(960, 600, "webp"), info);
    }

    @Test
    void aliases_and_heif_declarations_are_accepted() throws MediaException {
        assertEquals(640, ImageProbe.probe(TestMedia.bytes("groundtruth/shapes.jpg"), "image/jpg").width());
        assertEquals(640, ImageProbe.probe(TestMedia.bytes("groundtruth/shapes.heic"), "image/heif").width());
    }

    @Test
    void the_content_decides_the_format_when_the_declared_image_type_differs() throws MediaException {
        ImageProbe.ImageInfo info = ImageProbe.probe(TestMedia.bytes("groundtruth/shapes.png"), "image/jpeg");
        assertEquals(new ImageProbe.ImageInfo(640, 480, "png"), info);
    }

    @Test
    void an_extended_webp_reports_its_canvas_size() throws MediaException {
        byte[] simple = TestMedia.bytes("groundtruth/shapes.webp");
        byte[] imageChunk = Arrays.copyOfRange(simple, 12, simple.length);
        // VP8X: flags, 3 reserved bytes, canvas 640-1 and 480-1 as 24-bit little-endian
        byte[] vp8x = concat(ascii("VP8X"), hex("0a 00 00 00"), hex("00 000000 7f0200 df0100"));
        byte[] body = concat(ascii("WEBP"), vp8x, imageChunk);
        byte[] riffSize = hex(String.format("%08x", Integer.reverseBytes(body.length)));
        byte[] extended = concat(ascii("RIFF"), riffSize, body);

        assertEquals(new ImageProbe.ImageInfo(640, 480, "webp"), ImageProbe.probe(extended, "image/webp"));
    }

    @Test
    void heif_dimensions_can_also_come_from_ffmpeg() throws MediaException {
        byte[] heic = TestMedia.bytes("groundtruth/scene.heic");
        assertEquals(new ImageProbe.ImageInfo(960, 600, "heic"), FfmpegImageHeader.read(heic, "heic", "HEIC"));
    }

    @ParameterizedTest
    @CsvSource({
        "groundtruth/shapes.png, image/png, The PNG image is truncated",
        "groundtruth/shapes.jpg, image/jpeg, The JPEG image is truncated",
        "groundtruth/shapes.webp, image/webp, The WEBP image is truncated",
        "photos/tux.lossless.webp, image/webp, The WEBP image is truncated",
        "groundtruth/shapes.heic, image/heic, The HEIC image is truncated"})
    void truncated_images_fail_with_a_clear_reason(String file, String mime, String reason, @TempDir Path directory)
            throws IOException {
        Path truncated = TestMedia.truncatedCopy(file, 0.6, directory);
        MediaException failure = assertThrows(MediaException.class, () -> ImageProbe.probe(truncated, mime));
        assertTrue(failure.getMessage().startsWith(reason), failure.getMessage());
    }

    @Test
    void an_image_cut_inside_its_header_fails_too() {
        byte[] png = Arrays.copyOf(TestMedia.bytes("groundtruth/shapes.png"), 20);
        byte[] jpeg = Arrays.copyOf(TestMedia.bytes("groundtruth/shapes.jpg"), 30);
        byte[] heic = Arrays.copyOf(TestMedia.bytes("groundtruth/shapes.heic"), 40);
        assertThrows(MediaException.class, () -> ImageProbe.probe(png, "image/png"));
        assertThrows(MediaException.class, () -> ImageProbe.probe(jpeg, "image/jpeg"));
        assertThrows(MediaException.class, () -> ImageProbe.probe(heic, "image/heic"));
    }

    @Test
    void a_text_file_named_cat_jpg_is_not_an_image(@TempDir Path directory) throws IOException {
        Path cat = TestMedia.write(directory, "cat.jpg", ascii("meow\n"));
        MediaException failure = assertThrows(MediaException.class, () -> ImageProbe.probe(cat, "image/jpeg"));
        assertEquals("The data is not a JPEG image, nor in any other supported image format.", failure.getMessage());
    }

    @Test
    void non_image_types_and_content_are_refused() {
        byte[] png = TestMedia.bytes("groundtruth/shapes.png");
        byte[] video = TestMedia.bytes("video/synthetic.mp4");
        assertEquals("video/mp4 is not a supported image type.",
                assertThrows(MediaException.class, () -> ImageProbe.probe(png, "video/mp4")).getMessage());
        assertEquals("image/gif is not a supported image type.",
                assertThrows(MediaException.class, () -> ImageProbe.probe(png, "image/gif")).getMessage());
        assertEquals("The data was declared as image/png but is video/mp4.",
                assertThrows(MediaException.class, () -> ImageProbe.probe(video, "image/png")).getMessage());
    }

    @Test
    void a_missing_file_cannot_be_read(@TempDir Path directory) {
        MediaException failure = assertThrows(MediaException.class,
                () -> ImageProbe.probe(directory.resolve("absent.png"), "image/png"));
        assertEquals("The image file could not be read.", failure.getMessage());
    }
}
