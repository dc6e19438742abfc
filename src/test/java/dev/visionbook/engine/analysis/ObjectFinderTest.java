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
    void lettersOfAWordAreReadAsOneRegionButStayObjectsUntilReadAsText() {
        ObjectFinder.Result shapes = finder.find(Samples.image("groundtruth/shapes.png"));
        assertEquals(4, shapes.textRegions().size(), "the word and the three shapes, not each letter: "
                + shapes.textRegions());
        assertTrue(shapes.textRegions().stream().anyMatch(r -> r.iou(new PixelBox(342, 364, 532, 401)) >= 0.9),
                shapes.textRegions().toString());
        assertEquals(9, shapes.objects().size(), "three shapes and six letters");
        TextLine gemini = new TextLine("GEMINI", new PixelBox(342, 364, 532, 401), 90);
        assertEquals(4, shapes.withText(List.of(gemini)).size());
    }

    /**
     * Property-style, over seeds: two shapes side by side (every kind, any colours, the same colour
     * included) stay two objects at every gap down to two pixels of the analysed copy (at most 800
     * pixels a side; a narrower gap can blur away when a large image is scaled down), at any size
     * and on canvases of 300 to 2000 pixels. Shapes are large enough not to be specks (0.1 % of the
     * image).
     */
    @Test
    void twoSeparateShapesStayTwoObjectsHoweverCloseTheyAre() {
        List<String> failures = new java.util.ArrayList<>();
        for (long seed = 0; seed < 120; seed++) {
            java.util.Random random = new java.util.Random(seed);
            int canvas = 300 + random.nextInt(1701);
            double analysed = Math.min(1, 800.0 / canvas);
            int side = (int) (canvas * (0.1 + 0.25 * random.nextDouble()));
            int second = (int) (side * (0.5 + 0.5 * random.nextDouble()));
            int minimum = (int) Math.ceil(2 / analysed);
            int gap = switch ((int) (seed % 3)) {
                case 0 -> minimum;
                case 1 -> minimum + random.nextInt(Math.max(1, side / 10));
                default -> minimum + random.nextInt(Math.max(1, side / 2));
            };
            java.awt.Color background = FlatShapes.background(random);
            java.awt.Color first = FlatShapes.colour(random, background);
            java.awt.Color other = random.nextInt(3) == 0 ? first : FlatShapes.colour(random, background);
            FlatShapes.Kind[] kinds = FlatShapes.Kind.values();
            int left = (canvas - side - gap - second) / 2;
            int top = (canvas - side) / 2;
            FlatShapes.Drawing drawing = FlatShapes.pair(canvas, new FlatShapes.Drawn(kinds[random.nextInt(kinds.length)],
                    first, new PixelBox(left, top, left + side, top + side)), kinds[random.nextInt(kinds.length)], other,
                    second, gap, background);
            List<Detection> found = finder.find(drawing.image()).objects();
            boolean separate = found.size() == 2 && drawing.shapes().stream()
                    .allMatch(s -> found.stream().anyMatch(d -> d.box().iou(s.box()) >= 0.8));
            if (!separate) {
                failures.add("seed " + seed + ": " + drawing.shapes() + " " + gap + " px apart on " + canvas + " -> "
                        + found);
            }
        }
        assertEquals(List.of(), failures);
    }

    @Test
    void aRedCircleAndABlueSquareNinetyPixelsApartOnA900PixelCanvasAreTwoObjects() {
        for (int radius : new int[] {40, 60, 100, 150}) {
            FlatShapes.Drawing drawing = FlatShapes.pair(900, new FlatShapes.Drawn(FlatShapes.Kind.CIRCLE,
                    java.awt.Color.RED, new PixelBox(200, 450 - radius, 200 + 2 * radius, 450 + radius)),
                    FlatShapes.Kind.SQUARE, java.awt.Color.BLUE, 2 * radius, 90, java.awt.Color.WHITE);
            List<String> labels = finder.find(drawing.image()).objects().stream().map(Detection::label).sorted().toList();
            assertEquals(List.of("blue square", "red circle"), labels, "radius " + radius);
        }
    }

    @Test
    void sixShapesAreSixObjects() {
        for (long seed = 0; seed < 10; seed++) {
            FlatShapes.Drawing drawing = FlatShapes.grid(seed, 6);
            assertEquals(6, finder.find(drawing.image()).objects().size(), "seed " + seed);
        }
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
