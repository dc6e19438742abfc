package dev.visionbook.display;

import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * An image with labelled boxes drawn on it, e.g. a model's object detections. Each box gets its own
 * colour (ten, then they repeat), a frame whose width grows with the image, and its label in a
 * filled tag above its top-left corner. The boxes are drawn once, on a copy; the original image is
 * left untouched. Immutable and thread-safe once built.
 *
 * <pre>{@code
 * BoxedImage.of(photo, List.of(new LabeledBox("cat", 40, 60, 240, 300), new LabeledBox("dog", 300, 80, 600, 400)));
 * }</pre>
 */
public final class BoxedImage implements Displayable {

    private final BufferedImage drawn;
    private final List<LabeledBox> boxes;
    private final byte[] png;

    private BoxedImage(BufferedImage drawn, List<LabeledBox> boxes) {
        this.drawn = drawn;
        this.boxes = boxes;
        this.png = PngEncoding.encode(drawn);
    }

    /** Draws {@code boxes} on a copy of {@code image}. */
    public static BoxedImage of(BufferedImage image, List<LabeledBox> boxes) {
        Objects.requireNonNull(image, "image");
        List<LabeledBox> copied = List.copyOf(boxes);
        return new BoxedImage(BoxPainter.draw(image, copied), copied);
    }

    /** The copy with the boxes drawn on it. */
    public BufferedImage drawn() {
        return drawn;
    }

    public List<LabeledBox> boxes() {
        return boxes;
    }

    /** The PNG encoding of the drawn image, as a fresh copy. */
    public byte[] png() {
        return png.clone();
    }

    @Override
    public MimeBundle mimeBundle() {
        return MimeBundle.text(toString())
                .with(MimeBundle.TEXT_HTML, html())
                .with(MimeBundle.IMAGE_PNG, PngEncoding.base64(png))
                .withMetadata(MimeBundle.IMAGE_PNG, PngEncoding.sizeMetadata(drawn));
    }

    /** {@code Image 640 × 480 with 2 boxes} and then one line per box, {@code cat: (40, 60)–(240, 300)}. */
    @Override
    public String toString() {
        String heading = "Image " + PngEncoding.sizeText(drawn) + " with " + boxes.size() + (boxes.size() == 1 ? " box" : " boxes");
        return boxes.stream().map(box -> "\n" + box).collect(Collectors.joining("", heading, ""));
    }

    private String html() {
        StringBuilder html = new StringBuilder();
        html.append("<div><img src=\"").append(PngEncoding.dataUri(png)).append("\" alt=\"")
                .append(HtmlText.escape(boxes.size() + " labelled boxes")).append("\" style=\"max-width: 100%\">");
        if (!boxes.isEmpty()) {
            html.append("\n<table><thead><tr><th></th><th>label</th><th>left</th><th>top</th><th>right</th><th>bottom</th></tr></thead><tbody>");
            for (int i = 0; i < boxes.size(); i++) {
                LabeledBox box = boxes.get(i);
                html.append("\n<tr><td style=\"background: ").append(BoxPalette.hex(BoxPalette.color(i)))
                        .append("; width: 1em\"></td><td>").append(HtmlText.escape(box.label())).append("</td>")
                        .append(numberCell(box.left())).append(numberCell(box.top()))
                        .append(numberCell(box.right())).append(numberCell(box.bottom())).append("</tr>");
            }
            html.append("\n</tbody></table>");
        }
        return html.append("</div>").toString();
    }

    private static String numberCell(int value) {
        return "<td style=\"text-align: right\">" + value + "</td>";
    }
}
