package dev.visionbook.display;

import java.awt.image.BufferedImage;
import java.util.Objects;
import java.util.Optional;

/**
 * An image shown as PNG, with an optional caption. The PNG is encoded when the image is wrapped, so
 * later changes to the image are not shown. Immutable and thread-safe once built.
 *
 * <pre>{@code
 * ImageDisplay.of(ImageIO.read(new File("cat.jpg")), "The cat");  // text/plain: "Image 640 × 480: The cat"
 * }</pre>
 */
public final class ImageDisplay implements Displayable {

    private final BufferedImage image;
    private final String caption;
    private final byte[] png;

    private ImageDisplay(BufferedImage image, String caption) {
        this.image = image;
        this.caption = caption;
        this.png = PngEncoding.encode(image);
    }

    /** Wraps an image without a caption. */
    public static ImageDisplay of(BufferedImage image) {
        return new ImageDisplay(Objects.requireNonNull(image, "image"), null);
    }

    /** Wraps an image with a caption, shown under it in HTML and after its size in plain text. */
    public static ImageDisplay of(BufferedImage image, String caption) {
        return new ImageDisplay(Objects.requireNonNull(image, "image"), Objects.requireNonNull(caption, "caption"));
    }

    /** The wrapped image itself, not a copy. */
    public BufferedImage image() {
        return image;
    }

    public Optional<String> caption() {
        return Optional.ofNullable(caption);
    }

    /** The PNG encoding, as a fresh copy. */
    public byte[] png() {
        return png.clone();
    }

    @Override
    public MimeBundle mimeBundle() {
        MimeBundle bundle = MimeBundle.text(toString());
        if (caption != null) {
            // A PNG alone has nowhere to carry words; front ends that show HTML show the caption under it.
            bundle = bundle.with(MimeBundle.TEXT_HTML, "<figure style=\"margin: 0\"><img src=\"" + PngEncoding.dataUri(png)
                    + "\" alt=\"" + HtmlText.escape(caption) + "\" style=\"max-width: 100%\"><figcaption>"
                    + HtmlText.escape(caption) + "</figcaption></figure>");
        }
        return bundle.with(MimeBundle.IMAGE_PNG, PngEncoding.base64(png))
                .withMetadata(MimeBundle.IMAGE_PNG, PngEncoding.sizeMetadata(image));
    }

    @Override
    public String toString() {
        String size = "Image " + PngEncoding.sizeText(image);
        return caption == null ? size : size + ": " + caption;
    }
}
