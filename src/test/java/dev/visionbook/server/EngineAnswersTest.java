package dev.visionbook.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.genai.Client;
import com.google.genai.types.Content;
import com.google.genai.types.File;
import com.google.genai.types.GenerateContentResponse;
import com.google.genai.types.HttpOptions;
import com.google.genai.types.HttpRetryOptions;
import com.google.genai.types.Part;
import com.google.genai.types.UploadFileConfig;
import dev.visionbook.api.BoundingBox;
import dev.visionbook.api.BoundingBoxes;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The tutorial's prompts through the official SDK against a real local server, answered by the
 * local engine. One server for the class: the videos are uploaded, and so analysed, once.
 */
class EngineAnswersTest {

    static final String MODEL = SdkModelsTest.MODEL;

    static Path dataDir;
    static LocalServer server;
    static Client client;
    static File synthetic;
    static File slideshow;
    static File reading;

    @BeforeAll
    static void startAndUploadTheVideos() throws Exception {
        dataDir = Files.createTempDirectory("visionbook-engine-");
        server = LocalServer.start(ServerConfig.loopback(dataDir, Set.of(LocalServerExtension.KEY)));
        client = Client.builder().apiKey(LocalServerExtension.KEY)
                .httpOptions(HttpOptions.builder().baseUrl(server.baseUrl())
                        .retryOptions(HttpRetryOptions.builder().attempts(1).build()).build()).build();
        synthetic = client.files.upload(Media.of("video/synthetic.mp4").toString(),
                UploadFileConfig.builder().mimeType("video/mp4").displayName("Synthetic").build());
        slideshow = client.files.upload(Media.of("video/slideshow.mp4").toString(),
                UploadFileConfig.builder().mimeType("video/mp4").displayName("Slideshow").build());
        reading = client.files.upload(Media.of("audio/sense_and_sensibility_01_austen_64kb-0880.wav").toString(),
                UploadFileConfig.builder().mimeType("audio/wav").displayName("Reading").build());
        synthetic = SdkModelsTest.waitUntilDone(client, synthetic);
        slideshow = SdkModelsTest.waitUntilDone(client, slideshow);
        reading = SdkModelsTest.waitUntilDone(client, reading);
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
        try (Stream<Path> all = Files.walk(dataDir)) {
            all.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }

    static String ask(Part... parts) {
        GenerateContentResponse response = client.models.generateContent(MODEL, Content.fromParts(parts), null);
        assertEquals("STOP", response.finishReason().toString());
        String text = response.text();
        assertFalse(text == null || text.isBlank());
        return text;
    }

    static Part image(String relative, String mimeType) throws Exception {
        return Part.fromBytes(Files.readAllBytes(Media.of(relative)), mimeType);
    }

    @Test
    void videosAreAnalysedWhileProcessingAndTheAnalysisIsKeptWithTheFile() throws Exception {
        assertEquals("ACTIVE", synthetic.state().orElseThrow().toString());
        try (Stream<Path> kept = Files.list(dataDir.resolve("analysis"))) {
            assertEquals(2, kept.filter(p -> p.toString().endsWith(".json") && !p.toString().endsWith(".audio.json"))
                    .count());
        }
    }

    @Test
    void audioIsTranscribedWhileProcessingAndTheTranscriptIsKeptWithTheFile() throws Exception {
        assertEquals("ACTIVE", reading.state().orElseThrow().toString());
        String sha = dev.visionbook.engine.analysis.AnalysisCache.sha256(
                Media.of("audio/sense_and_sensibility_01_austen_64kb-0880.wav"));
        Path kept = dataDir.resolve("analysis").resolve(sha + ".audio.json");
        assertTrue(Files.isRegularFile(kept), "the transcript is kept as " + kept);
        assertTrue(Files.readString(kept).contains("young"), Files.readString(kept));
        String answer = ask(SdkModelsTest.filePart(reading), Part.fromText("Transcribe this audio."));
        assertTrue(answer.contains("**[00:00]**") && answer.contains("young man"), answer);
    }

    @Test
    void describeThisImage() throws Exception {
        String answer = ask(image("groundtruth/shapes.jpg", "image/jpeg"), Part.fromText("Describe this image."));
        assertTrue(answer.contains("red rectangle") && answer.contains("\"GEMINI\""), answer);
        assertTrue(answer.contains("640 × 480 px"), answer);
    }

    @Test
    void boundingBoxForThePiranhaIsHonestAndParses() throws Exception {
        String answer = ask(image("drawings/pescetto_arancione_archi_01.png", "image/png"),
                Part.fromText("Return a bounding box for the piranha. \n [ymin, xmin, ymax, xmax]"));
        assertTrue(answer.contains("found no \"piranha\""), answer);
        BoundingBox box = BoundingBoxes.parseOne(answer);
        assertTrue(box.ymax() > box.ymin() && box.xmax() > box.xmin(), box.toString());
    }

    @Test
    void severalImagesAreCompared() throws Exception {
        String answer = ask(image("photos/chelsea.png", "image/png"), image("photos/coffee.png", "image/png"),
                image("photos/astronaut.png", "image/png"), Part.fromText("Compare these images."));
        assertTrue(answer.contains("| Measurement | Image 1 | Image 2 | Image 3 |"), answer);
        assertTrue(answer.contains("451 × 300 px") && answer.contains("600 × 400 px"), answer);
    }

    @Test
    void videoSummaryWithQuizAndAnswerKey() {
        String answer = ask(SdkModelsTest.filePart(synthetic), Part.fromText("Summarize this video. Then create a"
                + " quiz with answer key based on the information in the video."));
        assertTrue(answer.contains("**Quiz") && answer.contains("**Answer key**"), answer);
        assertTrue(answer.contains("JUPITER") && answer.contains("video/mp4"), answer);
    }

    @Test
    void questionsAboutMomentsSayWhatIsSeenAndSaid() {
        String answer = ask(SdkModelsTest.filePart(slideshow), Part.fromText("What are the examples given at 00:12"
                + " and 00:24 supposed to show users?"));
        assertTrue(answer.contains("**At 00:12**") && answer.contains("**At 00:24**"), answer);
        assertTrue(answer.contains("Said from 00:20 to 00:28"), answer);
        assertTrue(answer.contains("needs a model's reasoning"), answer);
    }

    @Test
    void transcriptionWithTimestampsAndVisualDescriptions() {
        String answer = ask(SdkModelsTest.filePart(slideshow), Part.fromText("Transcribe the audio, giving"
                + " timestamps. Also provide visual descriptions."));
        assertTrue(answer.contains("**[00:23]**") && answer.contains("- Visual: "), answer);
        assertTrue(answer.contains("shot 5"), answer);
    }

    @Test
    void aJingleIsAnsweredHonestly() throws Exception {
        String answer = ask(image("drawings/rocket.png", "image/png"), image("photos/coffee.png", "image/png"),
                Part.fromText("Write an advertising jingle showing how the product in the first image could solve"
                        + " the problems shown in the second image."));
        assertTrue(answer.contains("No language model runs here"), answer);
        assertTrue(answer.contains("creative writing"), answer);
        assertTrue(BoundingBoxes.parse(answer).size() >= 1, "the measurements are still given");
    }

    @Test
    void jsonBoxesForTheShapesParseToTheirLabels() throws Exception {
        String answer = ask(image("groundtruth/shapes.webp", "image/webp"),
                Part.fromText("Detect the shapes. Output a JSON list where each entry contains the 2D bounding box"
                        + " in \"box_2d\" and a text label in \"label\"."));
        List<String> labels = BoundingBoxes.parse(answer).stream().map(BoundingBox::label).toList();
        assertTrue(labels.containsAll(List.of("red rectangle", "blue circle", "green triangle")), labels.toString());
    }
}
