package dev.visionbook.engine.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.visionbook.engine.Samples;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Text, faces and colours on the sample images. Needs Debian's tesseract-ocr-eng for the text. */
class ImageAnalyzerTest {

    static final ImageAnalyzer ANALYZER = new ImageAnalyzer();

    @ParameterizedTest
    @ValueSource(strings = {"png", "jpg", "webp", "heic"})
    void theWordGeminiIsReadWhereItIsWritten(String format) {
        ImageAnalysis shapes = ANALYZER.analyse(Samples.image("groundtruth/shapes." + format));
        List<TextLine> lines = shapes.text();
        assertEquals(1, lines.size(), lines.toString());
        assertEquals("GEMINI", lines.get(0).text());
        PixelBox box = lines.get(0).box();
        // shapes.json gives the baseline origin (340, 400): the word starts there and sits on it.
        assertTrue(Math.abs(box.left() - 340) <= 6 && Math.abs(box.bottom() - 400) <= 6, box.toString());
        assertTrue(shapes.detections().stream().anyMatch(d -> d.label().equals("text \"GEMINI\"")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"photos/chelsea.png", "photos/coffee.png", "photos/astronaut.png"})
    void photosWithoutTextGetNoInventedText(String sample) {
        assertEquals(List.of(), ANALYZER.analyse(Samples.image(sample)).text());
    }

    @Test
    void theAstronautsFaceIsFound() {
        ImageAnalysis astronaut = ANALYZER.analyse(Samples.image("photos/astronaut.png"));
        List<Detection> faces = astronaut.ofKind("face");
        assertEquals(1, faces.size(), faces.toString());
        // Eileen Collins' face, measured by eye on the 512 × 512 photo: about x 180-270, y 70-160.
        assertTrue(faces.get(0).box().iou(new PixelBox(180, 70, 270, 160)) >= 0.5, faces.toString());
    }

    /** What "how many objects?" counts: the outlined objects of the analysis, text read included. */
    @Test
    void sixShapesAreSixOutlinedObjectsAndNoCocoThing() {
        for (long seed = 0; seed < 4; seed++) {
            ImageAnalysis six = ANALYZER.analyse(FlatShapes.grid(seed, 6).image());
            assertEquals(6, six.ofKind("object").size(), "seed " + seed + ": " + six.detections());
            assertEquals(List.of(), six.ofKind("thing"), "seed " + seed);
        }
    }

    @Test
    void drawingsOnWhiteHaveAWhiteBackgroundAndTheirColoursMeasured() {
        ImageAnalysis shapes = ANALYZER.analyse(Samples.image("groundtruth/shapes.png"));
        assertTrue(shapes.plainBackground());
        assertEquals("white", shapes.background());
        assertEquals(List.of("white", "red", "green", "blue"),
                shapes.colours().stream().map(ColourShare::name).toList());
        assertEquals("landscape", shapes.orientation());
    }
}
