package dev.visionbook.engine.analysis;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.visionbook.engine.Samples;
import java.awt.image.BufferedImage;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The blur threshold: every sample image scores at least 0.44 (the soft cat photo) and the same
 * images after a 9 × 9 box blur at most 0.31.
 */
class SharpnessTest {

    @ParameterizedTest
    @ValueSource(strings = {"groundtruth/shapes.png", "groundtruth/scene.jpg", "photos/astronaut.png",
        "photos/chelsea.png", "photos/coffee.png"})
    void sampleImagesAreSharpAndTheirBlurredCopiesAreBlurry(String sample) {
        BufferedImage image = Samples.image(sample);
        double sharp = Sharpness.score(image);
        double blurred = Sharpness.score(Samples.blurred(image));
        assertTrue(sharp >= Sharpness.BLURRY_BELOW, sample + " scored " + sharp);
        assertTrue(blurred < Sharpness.BLURRY_BELOW, sample + " blurred scored " + blurred);
    }
}
