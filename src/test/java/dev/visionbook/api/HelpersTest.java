package dev.visionbook.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.visionbook.display.BoxedImage;
import dev.visionbook.display.LabeledBox;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Boxes drawn on images, frames of videos and images loaded in every format. */
class HelpersTest {

    static final Path SHAPES = Path.of("notebooks/media/groundtruth/shapes.png");

    @Test
    void boxFromAnAnswerIsConvertedToPixelsAndDrawnOnTheImage() {
        String answer = "```json\n[{\"box_2d\": [250, 125, 750, 500], \"label\": \"left half\"}]\n```";
        BoxedImage drawn = Helpers.boxes(SHAPES, answer);

        LabeledBox box = drawn.boxes().get(0);
        assertEquals(new LabeledBox("left half", 80, 120, 320, 360), box);
        BufferedImage original = Helpers.loadImage(SHAPES);
        BufferedImage result = drawn.drawn();
        int x = 200;
        int y = box.bottom() - 1;
        assertNotEquals(original.getRGB(x, y), result.getRGB(x, y), "the bottom edge is drawn");
        assertEquals(original.getRGB(10, 470), result.getRGB(10, 470), "outside the box untouched");
    }

    @Test
    void tableListsTheBoxInBothConventions() {
        var table = Helpers.boxTable(SHAPES, "piranha: [250, 125, 750, 500]");
        String text = table.mimeBundle().get("text/plain").orElseThrow();
        assertTrue(text.contains("piranha") && text.contains("320") && text.contains("360"), text);
    }

    @Test
    void everyImageFormatLoadsUpright() {
        for (String format : new String[] {"png", "jpg", "webp", "heic"}) {
            BufferedImage image = Helpers.loadImage(Path.of("notebooks/media/groundtruth/scene." + format));
            assertEquals(960, image.getWidth(), format);
            assertEquals(600, image.getHeight(), format);
        }
    }

    @Test
    void frameAtAMomentShowsWhatIsOnScreenThen() {
        BufferedImage frame = Helpers.frameAt(Path.of("notebooks/media/video/synthetic.mp4"), "00:06");
        Color centre = new Color(frame.getRGB(480, 180));
        assertTrue(centre.getBlue() > 150 && centre.getRed() < 100, centre.toString());
        String late = assertThrows(VisionbookException.class,
                () -> Helpers.frameAt(Path.of("notebooks/media/video/synthetic.mp4"), "00:30")).getMessage();
        assertTrue(late.contains("past its end"), late);
    }
}
