package dev.visionbook.api;

import com.google.genai.types.Content;
import com.google.genai.types.Part;
import dev.visionbook.media.MediaKind;
import dev.visionbook.media.MediaTypes;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;

/**
 * Turns what a user passes ({@code String}, {@link UploadedFile}, image or video {@link Path},
 * {@link BufferedImage}, {@link Timestamp}, or an SDK {@link Part}) into the SDK's content, as the
 * tutorial advises: images inline while the request stays under 20 MB, uploaded beyond; videos
 * uploaded and waited for; text after a single image or video.
 */
final class PromptBuilder {

    private final FileCalls files;

    PromptBuilder(FileCalls files) {
        this.files = files;
    }

    Content build(List<?> items, boolean keepOrder) {
        if (items.isEmpty()) {
            throw new VisionbookException("Give the prompt at least one part: text, an image or a video.");
        }
        List<Part> text = new ArrayList<>();
        List<Part> media = new ArrayList<>();
        List<Part> inOrder = new ArrayList<>();
        long inlineBytes = 0;
        int images = 0;
        for (Object item : items) {
            Part part;
            boolean isMedia;
            if (item instanceof CharSequence || item instanceof Timestamp) {
                part = Part.fromText(item.toString());
                isMedia = false;
            } else if (item instanceof Part sdkPart) {
                part = sdkPart;
                isMedia = sdkPart.text().isEmpty();
            } else {
                Object resolved = item instanceof java.io.File file ? file.toPath() : item;
                byte[] inline = inlineBytes(resolved);
                if (inline != null && inlineBytes + inline.length <= ServiceRules.MAX_INLINE_REQUEST_BYTES * 3 / 4) {
                    // base64 grows the bytes by a third: keep the whole request under the limit
                    part = Part.fromBytes(inline, inlineMimeType(resolved));
                    inlineBytes += inline.length;
                } else {
                    part = fileReference(resolved);
                }
                isMedia = true;
                images++;
            }
            (isMedia ? media : text).add(part);
            inOrder.add(part);
        }
        if (images > ServiceRules.MAX_IMAGES_PER_REQUEST) {
            throw new VisionbookException("The prompt has " + images + " images; the Gemini API takes at most "
                    + ServiceRules.MAX_IMAGES_PER_REQUEST + " per request.");
        }
        if (keepOrder || media.size() != 1) {
            return Content.fromParts(inOrder.toArray(Part[]::new));
        }
        List<Part> mediaFirst = new ArrayList<>(media);
        mediaFirst.addAll(text);
        return Content.fromParts(mediaFirst.toArray(Part[]::new));
    }

    /** The bytes to send inline: images given as a path or a BufferedImage; null for everything else. */
    private static byte[] inlineBytes(Object item) {
        if (item instanceof BufferedImage image) {
            return png(image);
        }
        if (item instanceof Path path && kindOf(path) == MediaKind.IMAGE) {
            try {
                return Files.readAllBytes(path);
            } catch (IOException e) {
                throw new VisionbookException(path + " could not be read: " + e.getMessage(), e);
            }
        }
        return null;
    }

    private static String inlineMimeType(Object item) {
        return item instanceof Path path ? LocalFiles.checkedMimeType(path) : "image/png";
    }

    private Part fileReference(Object item) {
        UploadedFile file;
        if (item instanceof UploadedFile uploaded) {
            file = uploaded;
        } else if (item instanceof Path path) {
            file = files.upload(path, path.getFileName().toString());
        } else if (item instanceof BufferedImage image) {
            file = files.upload(png(image), "image/png", "image");
        } else {
            throw new VisionbookException("A prompt part cannot be a " + (item == null ? "null" : item.getClass()
                    .getSimpleName()) + ": give text, an UploadedFile, a Path to an image or video, or a BufferedImage.");
        }
        file = files.waitUntilActive(file, java.time.Duration.ofMinutes(10));
        return Part.fromUri(file.uri(), file.mimeType());
    }

    private static MediaKind kindOf(Path path) {
        return MediaTypes.kindOf(LocalFiles.checkedMimeType(path)).orElse(MediaKind.IMAGE);
    }

    static byte[] png(BufferedImage image) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new VisionbookException("The image could not be encoded as PNG: " + e.getMessage(), e);
        }
    }
}
