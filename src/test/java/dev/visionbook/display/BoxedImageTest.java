package dev.visionbook.display;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.List;
import org.junit.jupiter.api.Test;

class BoxedImageTest {

    static final int WHITE = 0xFFFFFF;

    static BufferedImage white(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        g.dispose();
        return image;
    }

    static int rgb(BufferedImage image, int x, int y) {
        return image.getRGB(x, y) & 0xFFFFFF;
    }

    /** How many box-coloured pixels run inward from the box's left edge, halfway down. */
    static int leftEdgeThickness(BufferedImage image, LabeledBox box) {
        int y = (box.top() + box.bottom()) / 2;
        int edge = rgb(image, box.left(), y);
        int thickness = 0;
        while (rgb(image, box.left() + thickness, y) == edge) {
            thickness++;
        }
        return thickness;
    }

    @Test
    void drawsEachBoxEdgeInItsOwnColourAndLeavesTheInsideAlone() {
        LabeledBox cat = new LabeledBox("cat", 100, 100, 300, 300);
        LabeledBox dog = new LabeledBox("dog", 350, 150, 600, 400);
        BufferedImage original = white(640, 480);
        BufferedImage drawn = BoxedImage.of(original, List.of(cat, dog)).drawn();

        for (int i = 0; i < 2; i++) {
            LabeledBox box = List.of(cat, dog).get(i);
            int colour = BoxPalette.color(i).getRGB() & 0xFFFFFF;
            int midX = (box.left() + box.right()) / 2;
            int midY = (box.top() + box.bottom()) / 2;
            assertEquals(colour, rgb(drawn, box.left(), midY), box + " left edge");
            assertEquals(colour, rgb(drawn, box.right() - 1, midY), box + " right edge (exclusive bound)");
            assertEquals(colour, rgb(drawn, midX, box.top()), box + " top edge");
            assertEquals(colour, rgb(drawn, midX, box.bottom() - 1), box + " bottom edge (exclusive bound)");
            assertEquals(WHITE, rgb(drawn, midX, midY), box + " inside");
            assertEquals(WHITE, rgb(drawn, box.right(), midY), box + " just right of the box");
            assertEquals(colour, rgb(drawn, box.left() + 2, box.top() - 3), box + " label tag above the corner");
        }
        assertNotEquals(rgb(drawn, cat.left(), 200), rgb(drawn, dog.left(), 200));
        assertEquals(WHITE, rgb(original, cat.left(), 200), "the original image is not drawn on");
    }

    @Test
    void linesGetThickerOnBiggerImages() {
        LabeledBox small = new LabeledBox("cat", 100, 100, 300, 300);
        LabeledBox large = new LabeledBox("cat", 300, 300, 900, 900);
        int smallThickness = leftEdgeThickness(BoxedImage.of(white(640, 480), List.of(small)).drawn(), small);
        int largeThickness = leftEdgeThickness(BoxedImage.of(white(2000, 1500), List.of(large)).drawn(), large);
        assertEquals(2, smallThickness);
        assertTrue(largeThickness >= 6, "thickness on 2000×1500: " + largeThickness);
    }

    @Test
    void aBoxAtTheTopEdgeHasItsLabelInsideTheImage() {
        LabeledBox top = new LabeledBox("sky", 50, 0, 400, 200);
        BufferedImage drawn = BoxedImage.of(white(640, 480), List.of(top)).drawn();
        // Inside the frame, just below the top line: white unless the tag was moved into the box.
        int lineWidth = 2;
        for (int x = top.left() + lineWidth; x < top.left() + lineWidth + 10; x++) {
            for (int y = lineWidth; y < lineWidth + 5; y++) {
                assertNotEquals(WHITE, rgb(drawn, x, y), "tag pixel at " + x + ", " + y);
            }
        }
        assertEquals(WHITE, rgb(drawn, 225, 100), "inside the box below the tag");
    }

    @Test
    void paletteColoursRepeatOnlyAfterTen() {
        List<Integer> colours = java.util.stream.IntStream.range(0, 10).mapToObj(i -> BoxPalette.color(i).getRGB()).distinct().toList();
        assertEquals(10, colours.size());
        assertEquals(BoxPalette.color(0), BoxPalette.color(10));
    }

    @Test
    void bundleListsTheBoxesAsTextAndAsAnEscapedHtmlTable() {
        BoxedImage boxed = BoxedImage.of(white(64, 48), List.of(new LabeledBox("<cat>", 1, 2, 30, 40)));
        MimeBundle bundle = boxed.mimeBundle();
        assertEquals("Image 64 × 48 with 1 box\n<cat>: (1, 2)–(30, 40)", bundle.get("text/plain").orElseThrow());
        String html = bundle.get("text/html").orElseThrow();
        assertTrue(html.startsWith("<div><img src=\"data:image/png;base64,"), html);
        assertTrue(html.contains("<td>&lt;cat&gt;</td>"), html);
        assertFalse(html.contains("<cat>"), html);
        assertTrue(bundle.has("image/png"));
    }
}
