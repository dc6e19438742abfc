package dev.visionbook.engine.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.visionbook.api.BoundingBox;
import dev.visionbook.engine.Samples;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Detailed parts inside flat-filled objects: the kitten clipart sitting in the black tree of
 * groundtruth/scene.json is found (its visible part: its right half is drawn black on the black
 * tree, so the best honest box has an IoU of about 0.6), and nothing else in the sample drawings,
 * shapes or photos is reported as a part.
 */
class EmbeddedPartsTest {

    private final ObjectFinder finder = new ObjectFinder();

    @ParameterizedTest
    @ValueSource(strings = {"png", "jpg", "webp", "heic"})
    void theCatInTheTreeIsAPartBesideTheTreeAndTheFirefighter(String format) {
        ObjectFinder.Result result = finder.find(Samples.image("groundtruth/scene." + format));
        List<Detection> found = new ArrayList<>(result.objects());
        found.addAll(result.parts());
        assertRoundTripIoU(found, new PixelBox(400, 120, 960, 500), "object");
        assertRoundTripIoU(found, new PixelBox(60, 250, 257, 550), "object");
        assertRoundTripIoU(found, new PixelBox(600, 150, 734, 250), "part");
        assertEquals(1, result.parts().size(), result.parts().toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"groundtruth/shapes.png", "groundtruth/shapes.jpg", "groundtruth/shapes.webp",
        "groundtruth/shapes.heic", "drawings/rocket.png", "drawings/rocket.jpg",
        "drawings/pescetto_arancione_archi_01.png", "drawings/pescetto_arancione_archi_01.jpg",
        "drawings/fireman_alarm_mimooh_01.png", "drawings/kitten_gerald_g._01.png", "drawings/tree_01.png",
        "drawings/jupiter_dan_gerhards_01.png", "photos/astronaut.png", "photos/chelsea.png", "photos/coffee.png",
        "photos/tux.lossless.webp"})
    void flatFillsGradientsStripesAndOutlinesAreNotParts(String file) {
        // the black kitten (its flat white chest and grey patches), the tree's hill and sunset band,
        // the fish's fins and stripes, the rocket's flat panels
        assertEquals(List.of(), finder.find(Samples.image(file)).parts());
    }

    /** The best detection's box, through the 0–1000 boxes answers carry and back, overlaps the truth by half. */
    private static void assertRoundTripIoU(List<Detection> found, PixelBox truth, String kind) {
        Detection best = found.stream().max(Comparator.comparingDouble(d -> roundTrip(d.box()).iou(truth)))
                .orElseThrow();
        assertTrue(roundTrip(best.box()).iou(truth) >= 0.5, best + " vs " + truth);
        assertEquals(kind, best.kind(), best.toString());
    }

    private static PixelBox roundTrip(PixelBox box) {
        int[] n = box.normalized(960, 600);
        dev.visionbook.api.PixelBox back = new BoundingBox(n[0], n[1], n[2], n[3], "").toPixels(960, 600);
        return new PixelBox(back.left(), back.top(), back.right(), back.bottom());
    }
}
