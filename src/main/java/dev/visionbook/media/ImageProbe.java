package dev.visionbook.media;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Reads an image's dimensions from its header and checks that the file is complete, without
 * decoding its pixels. Supports the Gemini image types: PNG, JPEG, WEBP, HEIC and HEIF.
 *
 * <p>The content's own signature decides how it is parsed; the declared MIME type must be an
 * image type, but whether it matches the content is the caller's policy (see
 * {@link MimeSniffer#compatible}). Thread-safe.
 */
public final class ImageProbe {

    /**
     * An image's size.
     *
     * @param width in pixels, as displayed (HEIF rotation applied; JPEG EXIF orientation is not)
     * @param height in pixels
     * @param format the content's format: "png", "jpeg", "webp", "heic" or "heif"
     */
    public record ImageInfo(int width, int height, String format) {
    }

    /** Far above any real photo; it keeps a mislabelled multi-gigabyte upload out of the heap. */
    public static final long MAX_FILE_BYTES = 256L * 1024 * 1024;

    private ImageProbe() {
    }

    /** Probes an image file. It is read into memory whole, so it must be at most {@value #MAX_FILE_BYTES} bytes. */
    public static ImageInfo probe(Path file, String mime) throws MediaException {
        byte[] data;
        try {
            long size = Files.size(file);
            if (size > MAX_FILE_BYTES) {
                throw new MediaException("The image file is too large to inspect (" + size + " bytes).");
            }
            data = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new MediaException("The image file could not be read.", e);
        }
        return probe(data, mime);
    }

    /**
     * Probes inline image data.
     *
     * @param mime the declared type; must be a supported image type (aliases accepted)
     * @throws MediaException if the declared type is not an image type, the content is not a
     *     supported image, or its header is damaged or the file truncated
     */
    public static ImageInfo probe(byte[] bytes, String mime) throws MediaException {
        String declared = mime == null ? "no MIME type" : MediaTypes.canonical(mime);
        if (MediaTypes.kindOf(declared).orElse(null) != MediaKind.IMAGE) {
            throw new MediaException(declared + " is not a supported image type.");
        }
        String actual = MimeSniffer.sniff(bytes).orElseThrow(() -> new MediaException("The data is not a "
                + label(declared) + " image, nor in any other supported image format."));
        if (MediaTypes.kindOf(actual).orElse(null) != MediaKind.IMAGE) {
            throw new MediaException("The data was declared as " + declared + " but is " + actual + ".");
        }
        return switch (actual) {
            case "image/png" -> PngHeader.read(bytes);
            case "image/jpeg" -> JpegHeader.read(bytes);
            case "image/webp" -> WebpHeader.read(bytes);
            default -> heif(bytes, actual);
        };
    }

    private static ImageInfo heif(byte[] bytes, String mime) throws MediaException {
        String format = mime.substring("image/".length());
        var fromHeader = HeifHeader.read(bytes, format);
        if (fromHeader.isPresent()) {
            return fromHeader.get();
        }
        return FfmpegImageHeader.read(bytes, format, label(mime));
    }

    private static String label(String mime) {
        int slash = mime.indexOf('/');
        return mime.substring(slash + 1).toUpperCase(Locale.ROOT);
    }
}
