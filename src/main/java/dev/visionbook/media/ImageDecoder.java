package dev.visionbook.media;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Locale;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;

/**
 * Decodes PNG, JPEG, WEBP, HEIC and HEIF images into pixels, the way a viewer shows them: JPEG
 * Exif orientation and HEIF rotation applied. Results are always {@code TYPE_INT_RGB}, or
 * {@code TYPE_INT_ARGB} when the image has transparency, with an unshared pixel array.
 *
 * <p>The content decides the format, not a file name or declared type. Before any pixel is
 * decoded the file is checked like {@link ImageProbe} does (complete, sane header), so a
 * truncated upload fails with the same reason. Thread-safe.
 */
public final class ImageDecoder {

    /**
     * 100 megapixels take 400 MB as {@code int} pixels. Larger images are refused before
     * decoding, so that a small file declaring a huge canvas cannot exhaust the heap.
     */
    public static final long MAX_PIXELS = 100_000_000L;

    private ImageDecoder() {
    }

    /** Decodes an image file; it is read into memory whole, so at most {@link ImageProbe#MAX_FILE_BYTES}. */
    public static BufferedImage read(Path file) throws MediaException {
        byte[] data;
        try {
            long size = Files.size(file);
            if (size > ImageProbe.MAX_FILE_BYTES) {
                throw new MediaException("The image file is too large to decode (" + size + " bytes).");
            }
            data = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new MediaException("The image file could not be read.", e);
        }
        return read(data);
    }

    /**
     * Decodes in-memory image data.
     *
     * @throws MediaException "The image could not be decoded: …" if the data is not a supported
     *     image, is truncated or damaged, or is larger than {@value #MAX_PIXELS} pixels
     */
    public static BufferedImage read(byte[] bytes) throws MediaException {
        String mime = MimeSniffer.sniff(bytes)
                .filter(type -> MediaTypes.kindOf(type).orElse(null) == MediaKind.IMAGE)
                .orElseThrow(() -> failure("the data is not a PNG, JPEG, WEBP, HEIC or HEIF image", null));
        ImageProbe.ImageInfo info;
        try {
            info = ImageProbe.probe(bytes, mime);
        } catch (MediaException e) {
            throw failure(decapitalised(e.getMessage()), e);
        }
        if ((long) info.width() * info.height() > MAX_PIXELS) {
            throw failure("it is " + info.width() + "x" + info.height() + " pixels, more than the "
                    + MAX_PIXELS / 1_000_000 + " megapixels that can be decoded", null);
        }
        String label = info.format().toUpperCase(Locale.ROOT);
        return switch (info.format()) {
            case "heic", "heif" -> HeifDecoder.decode(bytes, label);
            case "jpeg" -> Orientation.apply(RgbImages.normalised(imageIo(bytes, "jpeg", label)),
                    ExifOrientation.read(bytes));
            default -> RgbImages.normalised(imageIo(bytes, info.format(), label));
        };
    }

    /**
     * Scales an image to the size the service hands the model: larger than
     * 3072×3072 shrinks to fit inside 3072×3072; smaller than 768×768 on both sides grows until
     * it fills 768×768 on one; anything in between is returned as it is. The aspect ratio is
     * kept and the result has the input's alpha (TYPE_INT_ARGB) or not (TYPE_INT_RGB).
     */
    public static BufferedImage scaledForModel(BufferedImage image) {
        return ModelScaling.scaled(image);
    }

    static MediaException failure(String detail, Throwable cause) {
        return new MediaException("The image could not be decoded: " + detail + ".", cause);
    }

    /** PNG and JPEG come with the JDK; WEBP comes from TwelveMonkeys' ImageIO plugin. */
    private static BufferedImage imageIo(byte[] bytes, String format, String label) throws MediaException {
        ImageReader reader = reader(format);
        // A memory cache rather than ImageIO's default temp-file cache: the bytes are already in memory.
        try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(bytes))) {
            reader.setInput(in, true, true);
            return reader.read(0);
        } catch (IOException | RuntimeException e) {
            // Damaged data surfaces as IIOException, but also as index or state errors deep in a codec.
            String reason = e.getMessage() == null || e.getMessage().isBlank()
                    ? e.getClass().getSimpleName() : e.getMessage().strip();
            throw failure("the " + label + " data is damaged (" + reason.replaceAll("\\.$", "") + ")", e);
        } finally {
            reader.dispose();
        }
    }

    private static ImageReader reader(String format) {
        Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(format);
        if (!readers.hasNext()) {
            // Plugins are discovered once, through the class loader current at that moment; a
            // notebook kernel or server may have added the WEBP plugin's jar to another one.
            ImageIO.scanForPlugins();
            readers = ImageIO.getImageReadersByFormatName(format);
        }
        if (!readers.hasNext()) {
            throw new IllegalStateException("No ImageIO reader for " + format
                    + " is installed (WEBP needs com.twelvemonkeys.imageio:imageio-webp)");
        }
        return readers.next();
    }

    /** "The JPEG image is truncated: …." becomes "the JPEG image is truncated: …". */
    private static String decapitalised(String sentence) {
        String body = sentence.endsWith(".") ? sentence.substring(0, sentence.length() - 1) : sentence;
        return body.isEmpty() ? body : Character.toLowerCase(body.charAt(0)) + body.substring(1);
    }
}
