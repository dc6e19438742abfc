package dev.visionbook.engine.answers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The tutorial's prompts are read as the kind of request they are. */
class IntentTest {

    @Test
    void tutorialPromptsGetTheirWriters() {
        assertEquals(Intent.Kind.DESCRIBE, Intent.of("Describe this image.", 1, 0, 0).kind());
        assertEquals(Intent.Kind.BOXES, Intent.of("Return a bounding box for the piranha. \n [ymin, xmin, ymax, xmax]",
                1, 0, 0).kind());
        assertEquals(Intent.Kind.VIDEO_SUMMARY, Intent.of("Summarize this video. Then create a quiz with answer key"
                + " based on the information in the video.", 0, 1, 0).kind());
        assertEquals(Intent.Kind.MOMENTS, Intent.of("What are the examples given at 01:05 and 01:19 supposed to show"
                + " users?", 0, 1, 0).kind());
        assertEquals(Intent.Kind.TRANSCRIBE, Intent.of("Transcribe the audio, giving timestamps. Also provide visual"
                + " descriptions.", 0, 1, 0).kind());
        assertEquals(Intent.Kind.CREATIVE, Intent.of("Write an advertising jingle showing how the product in the"
                + " first image could solve the problems shown in the second two images.", 3, 0, 0).kind());
        assertEquals(Intent.Kind.COMPARE, Intent.of("Compare these images.", 2, 0, 0).kind());
        assertEquals(Intent.Kind.READ_TEXT, Intent.of("Read the text in this image.", 1, 0, 0).kind());
        assertEquals(Intent.Kind.COUNT, Intent.of("How many faces are there?", 1, 0, 0).kind());
    }

    @Test
    void theTargetJsonAndMomentsAreRead() {
        Intent piranha = Intent.of("Return a bounding box for the piranha. [ymin, xmin, ymax, xmax]", 1, 0, 0);
        assertEquals("piranha", piranha.target());
        assertFalse(piranha.json());
        assertTrue(Intent.of("Detect the shapes. Output JSON with box_2d and label.", 1, 0, 0).json());
        assertEquals(List.of(65.0, 79.0), Intent.of("What happens at 01:05 and 01:19?", 0, 1, 0).moments());
        assertTrue(Intent.of("Summarize this video, then make a quiz.", 0, 1, 0).quiz());
    }

    @Test
    void aListOfThingsToBoxGivesEachOfThem() {
        assertEquals(List.of("person", "face", "flag"),
                Intent.of("Detect the person, the face and the flag. Return JSON.", 1, 0, 0).targets());
        assertEquals(List.of("cup", "saucer"), Intent.of("Return bounding boxes for each cup and saucer in the image.", 1, 0, 0).targets());
        assertEquals(List.of("cat"), Intent.of("Return a bounding box for the cat and return it as JSON.", 1, 0, 0).targets());
        assertEquals(List.of("piranha"), Intent.of("Return a bounding box for the piranha. \n [ymin, xmin, ymax, xmax]", 1, 0, 0).targets());
        assertEquals(List.of(), Intent.of("Detect the objects in this image.", 1, 0, 0).targets());
        assertEquals(List.of(), Intent.of("Detect the main objects in this image. Answer with a JSON list.", 1, 0, 0).targets());
    }
}
