package dev.visionbook.engine;

import dev.visionbook.engine.answers.Answer;
import dev.visionbook.engine.answers.Lead;
import dev.visionbook.engine.question.Form;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.visionbook.api.BoundingBox;
import dev.visionbook.api.BoundingBoxes;
import dev.visionbook.api.PixelBox;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Answers written by the engine, read back the way users read them: boxes through the helper
 * API's parser and converted to pixels, facts by their text. One engine (and video cache) for
 * the class, so each video is analysed once.
 */
class LocalEngineTest {

    @TempDir
    static Path cache;

    static LocalEngine engine;

    @BeforeAll
    static void start() {
        engine = new LocalEngine(cache);
    }

    static Answer answerTo(String prompt, PromptPart.Media... media) {
        List<PromptPart> parts = new java.util.ArrayList<>(List.of(media));
        parts.add(0, new PromptPart.Text(prompt));
        return engine.reply(EngineRequest.of(parts)).answer();
    }

    static String ask(String prompt, PromptPart.Media... media) {
        List<PromptPart> parts = new java.util.ArrayList<>(Arrays.asList(media));
        parts.add(new PromptPart.Text(prompt));
        return engine.answer(parts);
    }

    @ParameterizedTest
    @ValueSource(strings = {"png", "jpg", "webp", "heic"})
    void boxAnswersRoundTripThroughTheHelperApiWithinIoUOfTheTruth(String format) {
        String answer = ask("Detect the objects. Return JSON: a list of box_2d and label.",
                Samples.part("groundtruth/shapes." + format, "image/" + (format.equals("jpg") ? "jpeg" : format)));
        List<BoundingBox> boxes = BoundingBoxes.parse(answer);
        assertEquals(4, boxes.size(), answer);
        assertIoU(boxes, 640, 480, new PixelBox(40, 40, 199, 159, "red rectangle"));
        assertIoU(boxes, 640, 480, new PixelBox(340, 60, 460, 180, "blue circle"));
        assertIoU(boxes, 640, 480, new PixelBox(100, 260, 300, 420, "green triangle"));
        assertTrue(boxes.stream().anyMatch(b -> b.label().contains("GEMINI")), boxes.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"png", "jpg", "webp", "heic"})
    void sceneBoxesRoundTripForTheTreeTheFirefighterAndTheCatInTheTree(String format) {
        String answer = ask("Return bounding boxes for the objects. [ymin, xmin, ymax, xmax]",
                Samples.part("groundtruth/scene." + format, "image/" + (format.equals("jpg") ? "jpeg" : format)));
        List<BoundingBox> boxes = BoundingBoxes.parse(answer);
        assertIoU(boxes, 960, 600, new PixelBox(400, 120, 960, 500, "tree"));
        assertIoU(boxes, 960, 600, new PixelBox(60, 250, 257, 550, "firefighter"));
        assertIoU(boxes, 960, 600, new PixelBox(600, 150, 734, 250, "cat"));
    }

    @Test
    void aTargetThatCannotBeRecognisedIsSaidSoAndTheMainObjectsAreBoxed() {
        String answer = ask("Return a bounding box for the piranha. [ymin, xmin, ymax, xmax]",
                Samples.part("drawings/pescetto_arancione_archi_01.png", "image/png"));
        Lead.Boxes lead = (Lead.Boxes) answerTo("Return a bounding box for the piranha.",
                Samples.part("drawings/pescetto_arancione_archi_01.png", "image/png")).lead();
        assertTrue(lead.found().isEmpty() && lead.missing().equals(List.of("piranha")), lead.toString());
        BoundingBox box = BoundingBoxes.parseOne(answer);
        assertFalse(box.label().contains("piranha"), "never labelled with what was not recognised: " + box);
    }

    @Test
    void aTargetThatMatchesAMeasuredLabelIsBoxedAlone() {
        String answer = ask("Return a bounding box for the blue circle. [ymin, xmin, ymax, xmax]",
                Samples.part("groundtruth/shapes.png", "image/png"));
        List<BoundingBox> boxes = BoundingBoxes.parse(answer);
        assertEquals(1, boxes.size(), answer);
        assertTrue(boxes.get(0).toPixels(640, 480).width() > 110, boxes.toString());
    }

    @Test
    void aKittenIsBoxedAsTheCatTheDetectorRecognised() {
        String answer = ask("Return a bounding box for the kitten. [ymin, xmin, ymax, xmax]",
                Samples.part("photos/chelsea.png", "image/png"));
        List<BoundingBox> boxes = BoundingBoxes.parse(answer);
        assertEquals(1, boxes.size(), answer);
        assertEquals("cat", boxes.get(0).label(), answer);
        // measured by eye: the cat fills the photo up to her right ear
        assertIoU(boxes, 451, 300, new PixelBox(0, 0, 400, 300, "cat"));
    }

    @Test
    void severalNamedThingsAreBoxedAndWhatCannotBeRecognisedIsSaid() {
        String answer = ask("Detect the person, the face and the flag. Return JSON with label and box_2d.",
                Samples.part("photos/astronaut.png", "image/png"));
        List<String> labels = BoundingBoxes.parse(answer).stream().map(BoundingBox::label).toList();
        assertTrue(labels.contains("person") && labels.contains("face"), answer);
        Lead.Boxes lead = (Lead.Boxes) answerTo("Detect the person, the face and the flag.",
                Samples.part("photos/astronaut.png", "image/png")).lead();
        assertEquals(List.of("flag"), lead.missing(), lead.toString());
    }

    @Test
    void peopleAreCountedAsRecognisedPersons() {
        String answer = ask("How many people are in this photo?", Samples.part("photos/astronaut.png", "image/png"));
        assertTrue(answer.contains("**1** people"), answer);
        assertTrue(answer.contains("- person: "), answer);
    }

    @Test
    void anEmptyPictureIsDescribedWithNothingRecognised(@TempDir Path temp) throws Exception {
        java.awt.image.BufferedImage blank = new java.awt.image.BufferedImage(320, 240,
                java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = blank.createGraphics();
        g.setColor(new java.awt.Color(90, 120, 160));
        g.fillRect(0, 0, 320, 240);
        g.dispose();
        Path file = temp.resolve("blank.png");
        javax.imageio.ImageIO.write(blank, "png", file.toFile());
        String answer = ask("Describe this image.", new PromptPart.Media("blank", "image/png", Files.size(file), file,
                null, PromptPart.Clip.whole()));
        assertTrue(answer.contains("- Recognised (object detector, 80 COCO classes): nothing"), answer);
        assertTrue(answer.contains("- Faces: none found"), answer);
        String boxes = ask("Return a bounding box for the dog.", new PromptPart.Media("blank", "image/png",
                Files.size(file), file, null, PromptPart.Clip.whole()));
        assertEquals(List.of(), BoundingBoxes.parse(boxes), boxes);
    }

    @Test
    void theSlideshowsScenesAreDescribedWithTheirObjects() {
        String answer = ask("Summarize this video.", Samples.part("video/slideshow.mp4", "video/mp4"));
        // scene 4 shows chelsea.png from 16.48 s, scene 5 coffee.png, scene 1 the astronaut until 7.48 s;
        // times are cut to the second, key frames are the samples a second after each cut was seen
        assertTrue(answer.contains("| 4 | 00:16 | 00:23 | 00:18 | cat ("), answer);
        assertTrue(answer.contains("| 5 | 00:23 | 00:27 | 00:24 | cup ("), answer);
        assertTrue(answer.contains("| 1 | 00:00 | 00:07 | 00:01 | person ("), answer);
    }

    @Test
    void describingSeveralPartsKeepsEachPartsMeasuredSize() {
        String answer = ask("Describe these.", Samples.part("groundtruth/scene.jpg", "image/jpeg"),
                Samples.part("groundtruth/shapes.webp", "image/webp"), Samples.part("photos/chelsea.png", "image/png"),
                Samples.part("video/synthetic.mp4", "video/mp4"));
        for (String fact : List.of("960 × 600 px", "640 × 480 px", "451 × 300 px", "video/mp4", "\"GEMINI\"",
                "No language model runs here")) {
            assertTrue(answer.contains(fact), fact + " in " + answer);
        }
    }

    @Test
    void aBlurryImageIsCalledBlurry(@TempDir Path temp) throws Exception {
        Path blurred = temp.resolve("blurred.png");
        javax.imageio.ImageIO.write(Samples.blurred(Samples.image("photos/coffee.png")), "png", blurred.toFile());
        String answer = ask("Describe this image.", new PromptPart.Media("blurred", "image/png", Files.size(blurred),
                blurred, null, PromptPart.Clip.whole()));
        assertTrue(answer.contains("looks blurry"), answer);
    }

    @Test
    void theSameRequestGetsTheSameAnswer() {
        PromptPart.Media shapes = Samples.part("groundtruth/shapes.jpg", "image/jpeg");
        assertEquals(ask("What is in this picture?", shapes), ask("What is in this picture?", shapes));
    }

    @Test
    void aTruncatedImageIsReportedAsUnreadable(@TempDir Path temp) throws Exception {
        byte[] whole = Files.readAllBytes(Samples.of("photos/coffee.png"));
        Path cut = Files.write(temp.resolve("cut.png"), Arrays.copyOf(whole, whole.length / 3));
        String answer = ask("Describe this image.", new PromptPart.Media("cut", "image/png", Files.size(cut), cut,
                null, PromptPart.Clip.whole()));
        assertTrue(answer.contains("could not be analysed"), answer);
    }

    @Test
    void aJingleIsDeclinedHonestlyWithWhatWasMeasured() {
        String answer = ask("Write a jingle about this rocket.", Samples.part("drawings/rocket.png", "image/png"));
        assertTrue(answer.contains("No language model runs here"), answer);
        Answer typed = answerTo("Write a jingle about this rocket.", Samples.part("drawings/rocket.png", "image/png"));
        assertEquals(Form.CREATIVE, typed.question().form());
        assertTrue(typed.lead() instanceof Lead.CannotTell, typed.lead().toString());
        assertFalse(typed.sections().isEmpty(), "what was measured is still given");
    }

    @Test
    void aVideoSummaryHasScenesSpeechAndAQuizWithAnswerKey() {
        String answer = ask("Summarize this video. Then create a quiz with answer key based on the information in"
                + " the video.", Samples.part("video/synthetic.mp4", "video/mp4"));
        for (String fact : List.of("| 2 | 00:04 | 00:08 |", "\"JUPITER\"", "**Quiz", "**Answer key**", "blue circle",
                "12.0 s")) {
            assertTrue(answer.contains(fact), fact + " in " + answer);
        }
    }

    @Test
    void momentsAreAnsweredWithWhatIsSeenAndSaidThen() {
        String answer = ask("What are the examples given at 00:05 and 00:09 supposed to show users? And at 00:30?",
                Samples.part("video/synthetic.mp4", "video/mp4"));
        assertTrue(answer.contains("**At 00:05**"), answer);
        assertTrue(answer.contains("blue circle"), answer);
        assertTrue(answer.contains("\"JUPITER\""), answer);
        assertTrue(answer.contains("00:30 is past its end"), answer);
    }

    @Test
    void transcriptionGivesTimesAndAVisualDescriptionPerShot() {
        String answer = ask("Transcribe the audio, giving timestamps. Also provide visual descriptions.",
                Samples.part("video/slideshow.mp4", "video/mp4"));
        assertTrue(answer.contains("· shot 5**"), answer);
        assertTrue(answer.contains("- Visual: "), answer);
        assertTrue(answer.contains("**[00:23]**"), answer);
        assertTrue(answer.contains("amiable"), answer);
    }

    /**
     * The second slide appears at 7.48 s and its sentence ("He was not until…", recognised from
     * 7.73 s) is said over it; with cuts placed on the 8 s sample, "he was" went to shot 1.
     */
    @Test
    void theSentenceSaidOverTheSecondSlideIsWhollyInShotTwo() {
        String answer = ask("Transcribe the audio, giving timestamps. Also provide visual descriptions.",
                Samples.part("video/slideshow.mp4", "video/mp4"));
        String shot1 = between(answer, "· shot 1**", "· shot 2**");
        String shot2 = between(answer, "· shot 2**", "· shot 3**");
        assertTrue(answer.contains("**00:07–00:11 · shot 2**"), answer);
        assertTrue(shot2.contains("**[00:07]** he was not until"), shot2);
        assertFalse(shot1.contains("[00:07]"), shot1);
        assertFalse(shot1.contains(" he was"), shot1);
    }

    private static String between(String text, String from, String to) {
        int start = text.indexOf(from);
        int end = text.indexOf(to, start);
        assertTrue(start >= 0 && end > start, from + " … " + to + " in " + text);
        return text.substring(start, end);
    }

    @Test
    void aClipOfTheVideoIsSummarisedAlone() {
        PromptPart.Media whole = Samples.part("video/synthetic.mp4", "video/mp4");
        PromptPart.Media middle = new PromptPart.Media(whole.label(), whole.mimeType(), whole.sizeBytes(),
                whole.content(), whole.duration(), new PromptPart.Clip(java.time.Duration.ofSeconds(4),
                java.time.Duration.ofSeconds(8), 1.0));
        String answer = ask("Summarize this video.", middle);
        assertTrue(answer.contains("blue circle"), answer);
        assertFalse(answer.contains("red square"), answer);
        assertFalse(answer.contains("JUPITER"), answer);
    }

    @Test
    void theRequestedFrameRateIsHonoured() {
        PromptPart.Media whole = Samples.part("video/synthetic.mp4", "video/mp4");
        PromptPart.Media slow = new PromptPart.Media(whole.label(), whole.mimeType(), whole.sizeBytes(),
                whole.content(), whole.duration(), new PromptPart.Clip(null, null, 0.5));
        String answer = ask("Summarize this video.", slow);
        assertTrue(answer.contains("frames sampled at 0.5 fps"), answer);
        assertTrue(ask("Summarize this video.", whole).contains("frames sampled at 1 fps"));
        try (var kept = Files.list(cache)) {
            assertTrue(kept.anyMatch(p -> p.getFileName().toString().endsWith("-0.5fps.json")), "kept apart from 1 fps");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void audioIsTranscribed() {
        String answer = ask("What is said?", Samples.part("audio/sense_and_sensibility_01_austen_64kb-0880.wav",
                "audio/wav"));
        assertTrue(answer.contains("**[00:00]**"), answer);
        assertTrue(answer.contains("young man"), answer);
    }

    private static void assertIoU(List<BoundingBox> boxes, int width, int height, PixelBox truth) {
        double best = boxes.stream().map(b -> b.toPixels(width, height)).mapToDouble(b -> iou(b, truth)).max()
                .orElse(0);
        assertTrue(best >= 0.5, truth.label() + " best IoU " + best + " in " + boxes);
    }

    static double iou(PixelBox a, PixelBox b) {
        double w = Math.max(0, Math.min(a.right(), b.right()) - Math.max(a.left(), b.left()));
        double h = Math.max(0, Math.min(a.bottom(), b.bottom()) - Math.max(a.top(), b.top()));
        double union = (double) a.width() * a.height() + (double) b.width() * b.height() - w * h;
        return w * h / union;
    }
}
