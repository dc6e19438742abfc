package dev.visionbook.api;

import dev.visionbook.display.BoxedImage;
import dev.visionbook.display.LabeledBox;
import dev.visionbook.display.Markdown;
import dev.visionbook.display.TableDisplay;
import dev.visionbook.media.ImageDecoder;
import dev.visionbook.media.MediaException;
import dev.visionbook.media.VideoFrames;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Static helpers a notebook or jshell imports with {@code import static
 * dev.visionbook.api.Helpers.*}: Markdown, images, boxes drawn on images, frames of a video.
 *
 * <pre>{@code
 * Response answer = model.generateContent(Path.of("media/piranha.png"), "Return a bounding box for the piranha.");
 * boxes(Path.of("media/piranha.png"), answer);   // the image with the box drawn
 * frameAt(Path.of("media/video.mp4"), "01:05");  // the frame at 1 min 5 s
 * }</pre>
 */
public final class Helpers {

    private Helpers() {
    }

    /** Markdown that a notebook renders. */
    public static Markdown markdown(String text) {
        return Markdown.of(text);
    }

    /** An image file (PNG, JPEG, WEBP, HEIC, HEIF), upright as its EXIF orientation says. */
    public static BufferedImage loadImage(Path path) {
        LocalFiles.checkedMimeType(path);
        try {
            return ImageDecoder.read(path);
        } catch (MediaException e) {
            throw new VisionbookException(path.getFileName() + ": " + e.getMessage(), e);
        }
    }

    public static BufferedImage loadImage(String path) {
        return loadImage(Path.of(path));
    }

    /** The image with the answer's boxes drawn and labelled, converted to pixels as the tutorial does. */
    public static BoxedImage boxes(Object image, Object answer) {
        BufferedImage picture = image(image);
        List<BoundingBox> found = answer instanceof BoundingBox box ? List.of(box) : boxesIn(answer);
        List<LabeledBox> drawn = new ArrayList<>();
        for (BoundingBox box : found) {
            PixelBox pixels = box.toPixels(picture.getWidth(), picture.getHeight());
            drawn.add(new LabeledBox(box.label(), pixels.left(), pixels.top(), pixels.right(), pixels.bottom()));
        }
        return BoxedImage.of(picture, drawn);
    }

    /** The answer's boxes in pixels of the image: label, left, top, right, bottom, width, height. */
    public static TableDisplay boxTable(Object image, Object answer) {
        BufferedImage picture = image(image);
        List<List<Object>> rows = new ArrayList<>();
        for (BoundingBox box : boxesIn(answer)) {
            PixelBox p = box.toPixels(picture.getWidth(), picture.getHeight());
            rows.add(List.of(box.label(), box.ymin(), box.xmin(), box.ymax(), box.xmax(), p.left(), p.top(), p.right(),
                    p.bottom(), p.width(), p.height()));
        }
        return TableDisplay.of(List.of("label", "ymin", "xmin", "ymax", "xmax", "left px", "top px", "right px",
                "bottom px", "width px", "height px"), rows);
    }

    /** The frame of a video at a moment given as MM:SS or H:MM:SS, to check an answer by eye. */
    public static BufferedImage frameAt(Path video, String moment) {
        return frameAt(video, Timestamp.parse(moment));
    }

    public static BufferedImage frameAt(String video, String moment) {
        return frameAt(Path.of(video), Timestamp.parse(moment));
    }

    public static BufferedImage frameAt(Path video, Timestamp moment) {
        LocalFiles.checkedMimeType(video);
        try {
            return VideoFrames.frameAt(video, moment.offset());
        } catch (MediaException e) {
            throw new VisionbookException(video.getFileName() + " at " + moment + ": " + e.getMessage(), e);
        }
    }

    private static List<BoundingBox> boxesIn(Object answer) {
        if (answer instanceof Response response) {
            return response.boxes();
        }
        if (answer instanceof List<?> list && list.stream().allMatch(BoundingBox.class::isInstance)) {
            return list.stream().map(BoundingBox.class::cast).toList();
        }
        if (answer instanceof CharSequence text) {
            return BoundingBoxes.parse(text.toString());
        }
        throw new VisionbookException("Give the boxes as a Response, the answer's text or a list of BoundingBox.");
    }

    private static BufferedImage image(Object image) {
        if (image instanceof BufferedImage picture) {
            return picture;
        }
        if (image instanceof Path path) {
            return loadImage(path);
        }
        if (image instanceof CharSequence path) {
            return loadImage(Path.of(path.toString()));
        }
        throw new VisionbookException("Give the image as a Path, a file name or a BufferedImage.");
    }
}
