package dev.visionbook.media;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ScaledForModelTest {

    @ParameterizedTest
    @CsvSource({
        "4000, 3000, 3072, 2304", // too large: fits inside 3072x3072
        "6144, 1000, 3072, 500",
        "1000, 5000, 614, 3072",
        "3073, 3073, 3072, 3072",
        "500, 300, 768, 461", // too small on both sides: grows to fill 768 on one
        "451, 300, 768, 511",
        "386, 395, 751, 768",
        "1, 1, 768, 768"})
    void sizes_follow_the_service_rule(int width, int height, int expectedWidth, int expectedHeight) {
        BufferedImage scaled = ImageDecoder.scaledForModel(new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB));

        assertEquals(expectedWidth, scaled.getWidth());
        assertEquals(expectedHeight, scaled.getHeight());
        assertEquals(BufferedImage.TYPE_INT_RGB, scaled.getType());
    }

    @ParameterizedTest
    @CsvSource({"768, 768", "3072, 3072", "1000, 500", "700, 800", "3072, 100"})
    void sizes_within_the_bounds_are_left_alone(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);

        assertSame(image, ImageDecoder.scaledForModel(image));
    }

    @Test
    void transparency_survives_scaling() {
        BufferedImage image = new BufferedImage(100, 100, BufferedImage.TYPE_INT_ARGB);
        image.setRGB(50, 50, 0xFFFF0000);

        BufferedImage scaled = ImageDecoder.scaledForModel(image);

        assertEquals(BufferedImage.TYPE_INT_ARGB, scaled.getType());
        assertEquals(0, scaled.getRGB(0, 0) >>> 24, "transparent stays transparent");
    }

    /**
     * One-pixel black and white stripes shrunk by 8192/3072 must average out to grey. Sampling
     * without filtering would keep pure black and white columns (aliasing).
     */
    @Test
    void shrinking_averages_fine_detail_instead_of_aliasing() {
        BufferedImage stripes = new BufferedImage(8192, 64, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < stripes.getWidth(); x += 2) {
            for (int y = 0; y < stripes.getHeight(); y++) {
                stripes.setRGB(x, y, 0xFFFFFF);
            }
        }

        BufferedImage scaled = ImageDecoder.scaledForModel(stripes);

        assertEquals(3072, scaled.getWidth());
        assertEquals(24, scaled.getHeight());
        for (int x = 2; x < scaled.getWidth() - 2; x++) {
            int level = scaled.getRGB(x, 12) & 0xFF;
            assertTrue(Math.abs(level - 128) <= 8, "column " + x + " is " + level + ", not grey");
        }
    }

    @Test
    void enlarging_keeps_colours() throws MediaException {
        BufferedImage shapes = ImageDecoder.read(TestMedia.file("groundtruth/shapes.png"));
        BufferedImage small = new BufferedImage(320, 240, BufferedImage.TYPE_INT_RGB);
        small.createGraphics().drawImage(shapes, 0, 0, 320, 240, null);

        BufferedImage scaled = ImageDecoder.scaledForModel(small);

        assertEquals(768, scaled.getWidth());
        assertEquals(576, scaled.getHeight());
        Images.assertColour(0xFF0000, scaled.getRGB(144, 120), "red rectangle, scaled by 2.4");
        Images.assertColour(0x0000FF, scaled.getRGB(960 * 768 / 1600, 288 * 768 / 1600), "blue circle");
    }
}
