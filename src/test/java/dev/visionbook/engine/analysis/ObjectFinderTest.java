package dev.visionbook.engine.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.visionbook.engine.Samples;
import java.awt.image.BufferedImage;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * Objects on plain backgrounds against the ground truth of groundtruth/shapes.json and
 * scene.json, in all four formats. (The cat drawn inside the tree's black silhouette is not
 * separated from the tree as an object; it is found as a part, see {@link EmbeddedPartsTest}.)
 */
class ObjectFinderTest {

    private final ObjectFinder finder = new ObjectFinder();

    @ParameterizedTest
    @ValueSource(strings = {"png", "jpg", "webp", "heic"})
    void everyShapeIsFoundNamedByColourAndShape(String format) {
        List<Detection> found = finder.find(Samples.image("groundtruth/shapes." + format)).objects();
        assertBest(found, new PixelBox(40, 40, 200, 160), "red rectangle");
        assertBest(found, new PixelBox(340, 60, 461, 181), "blue circle");
        assertBest(found, new PixelBox(100, 260, 301, 421), "green triangle");
    }

    @ParameterizedTest
    @ValueSource(strings = {"png", "jpg", "webp", "heic"})
    void theTreeAndTheFirefighterAreOutlined(String format) {
        List<Detection> found = finder.find(Samples.image("groundtruth/scene." + format)).objects();
        assertTrue(best(found, new PixelBox(400, 120, 960, 500)).box().iou(new PixelBox(400, 120, 960, 500)) >= 0.5);
        assertTrue(best(found, new PixelBox(60, 250, 257, 550)).box().iou(new PixelBox(60, 250, 257, 550)) >= 0.5);
    }

    @Test
    void aPhotoHasNoPlainBackgroundSoNothingIsOutlined() {
        ObjectFinder.Result result = finder.find(Samples.image("photos/coffee.png"));
        assertFalse(result.plain());
        assertTrue(result.objects().isEmpty());
    }

    @Test
    void lettersOfAWordAreOneObject() {
        BufferedImage shapes = Samples.image("groundtruth/shapes.png");
        long onTheTextLine = finder.find(shapes).objects().stream()
                .filter(d -> d.box().top() > 340 && d.box().left() > 320).count();
        assertEquals(1, onTheTextLine);
    }

    static Detection best(List<Detection> found, PixelBox truth) {
        return found.stream().max(Comparator.comparingDouble(d -> d.box().iou(truth))).orElseThrow();
    }

    private static void assertBest(List<Detection> found, PixelBox truth, String label) {
        Detection best = best(found, truth);
        assertTrue(best.box().iou(truth) >= 0.9, best + " vs " + truth);
        assertEquals(label, best.label());
    }
}
