package dev.visionbook.engine.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.visionbook.engine.Samples;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The neural detectors on the sample photos. Truth boxes were measured by eye on each photo;
 * IoU 0.5 is the usual bar for "found".
 */
class DetectorsTest {

    private static final Detectors DETECTORS = Detectors.shared();

    @Test
    void theDetectorsStartFromTheModelsTheBuildCopied() {
        assertEquals(Optional.empty(), DETECTORS.unavailable());
    }

    @ParameterizedTest
    @CsvSource({
        // the astronaut from her hair to the bottom edge, without the flag and the helmet on the right
        "photos/astronaut.png, person, 20, 15, 365, 512",
        // chelsea the cat fills the photo up to her right ear
        "photos/chelsea.png, cat, 0, 0, 400, 300",
        // the espresso cup from its rim to its foot, handle included, without the saucer
        "photos/coffee.png, cup, 172, 18, 410, 300"})
    void eachPhotosSubjectIsRecognisedWhereItIs(String sample, String label, int left, int top, int right,
            int bottom) {
        List<Detection> things = DETECTORS.things(Samples.image(sample));
        List<Detection> matches = things.stream().filter(d -> d.label().equals(label)).toList();
        assertEquals(1, matches.size(), things.toString());
        assertTrue(matches.get(0).box().iou(new PixelBox(left, top, right, bottom)) >= 0.5, things.toString());
        assertEquals("thing", matches.get(0).kind());
        assertTrue(matches.get(0).score() >= ScoreFloors.PHOTO && matches.get(0).score() <= 1);
    }

    @Test
    void theCatIsNotAlsoCalledADog() {
        List<Detection> things = DETECTORS.things(Samples.image("photos/chelsea.png"));
        assertEquals(List.of("cat"), things.stream().map(Detection::label).toList());
    }

    @Test
    void anEmptyImageHoldsNothing() {
        BufferedImage grey = new BufferedImage(640, 480, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = grey.createGraphics();
        g.setPaint(new GradientPaint(0, 0, new Color(40, 60, 90), 640, 480, new Color(220, 220, 210)));
        g.fillRect(0, 0, 640, 480);
        g.dispose();
        assertEquals(List.of(), DETECTORS.things(grey));
        assertEquals(List.of(), DETECTORS.faces(grey));
    }

    @Test
    void theAstronautsFaceIsFoundAndTheCatsIsNot() {
        List<Detection> faces = DETECTORS.faces(Samples.image("photos/astronaut.png"));
        assertEquals(1, faces.size(), faces.toString());
        // Eileen Collins' face, measured by eye: about x 180-270, y 70-160.
        assertTrue(faces.get(0).box().iou(new PixelBox(180, 70, 270, 160)) >= 0.5, faces.toString());
        assertEquals(List.of(), DETECTORS.faces(Samples.image("photos/chelsea.png")));
    }

    @Test
    void theSameImageGivesTheSameDetections() {
        BufferedImage coffee = Samples.image("photos/coffee.png");
        assertEquals(DETECTORS.things(coffee), DETECTORS.things(coffee));
    }

    @Test
    void withoutModelsDetectionIsOffAndTheAnalyzerSaysWhyAndFallsBack() {
        Detectors missing = new Detectors("/no/such/models/");
        String why = missing.unavailable().orElseThrow();
        assertTrue(why.contains("object and face recognition is off") && why.contains("centernet.json"), why);
        BufferedImage astronaut = Samples.image("photos/astronaut.png");
        assertEquals(List.of(), missing.things(astronaut));
        ImageAnalysis analysis = new ImageAnalyzer(missing).analyse(astronaut, false);
        assertEquals(List.of(why), analysis.notes());
        assertEquals(List.of(), analysis.ofKind("thing"));
        assertEquals(1, analysis.ofKind("face").size(), "OpenCV's cascade still finds the face");
    }
}
