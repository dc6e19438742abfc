package dev.visionbook.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every step of the tutorial through the helper API, against the embedded local server. */
class HelperApiTest {

    static final Path MEDIA = Path.of("notebooks", "media");

    @TempDir
    static Path home;
    static GenAI genai;

    @TempDir
    Path temp;

    /** The shared server the tests started stops with them, not after its idle time. */
    @AfterAll
    static void stopTheSharedServer() {
        SharedServer.stop(Map.of("VISIONBOOK_HOME", home.toString()));
    }

    @BeforeAll
    static void connect() {
        genai = GenAI.connect(Map.of("VISIONBOOK_HOME", home.toString()), Duration.ofMinutes(2));
    }

    @Test
    void uploadedImageGetsItsTypeFromItsBytesNotItsName() throws Exception {
        Path disguised = Files.copy(MEDIA.resolve("groundtruth/shapes.png"), temp.resolve("shapes.data"));
        UploadedFile file = genai.uploadFile(disguised, "Shapes");
        assertEquals("image/png", file.mimeType());
        assertEquals("ACTIVE", file.state());
        assertEquals("Shapes", file.displayName());
        assertTrue(file.uri().endsWith(file.name()));
        assertEquals(file.sha256Hash(), genai.getFile(file.name()).sha256Hash());
        assertEquals(file.name(), genai.getFile(file.uri()).name(), "a URI works as a name too");
    }

    @Test
    void badInputGetsOneClearSentenceBeforeAnythingIsSent() throws Exception {
        int before = genai.listFiles().size();
        String missing = assertThrows(VisionbookException.class,
                () -> genai.uploadFile(temp.resolve("nope.png"), null)).getMessage();
        assertTrue(missing.startsWith("There is no file at "), missing);
        String folder = assertThrows(VisionbookException.class, () -> genai.uploadFile(temp, null)).getMessage();
        assertTrue(folder.contains("is a folder"), folder);
        Path text = Files.writeString(temp.resolve("cat.jpg"), "not a cat");
        String unsupported = assertThrows(VisionbookException.class, () -> genai.uploadFile(text, null)).getMessage();
        assertTrue(unsupported.contains("cat.jpg is not an image, video or audio file"), unsupported);
        assertTrue(unsupported.contains("Its name says image/jpeg"), unsupported);
        Path huge = temp.resolve("huge.mp4");
        try (RandomAccessFile file = new RandomAccessFile(huge.toFile(), "rw")) {
            file.setLength(ServiceRules.MAX_FILE_BYTES + 1);
        }
        String tooBig = assertThrows(VisionbookException.class, () -> genai.uploadFile(huge, null)).getMessage();
        assertTrue(tooBig.contains("at most 2 GB per file"), tooBig);
        assertEquals(before, genai.listFiles().size(), "nothing was uploaded");
    }

    @Test
    void videoIsWaitedForUntilActiveAndAFailedOneSaysWhy() throws Exception {
        UploadedFile video = genai.uploadFile(MEDIA.resolve("video/synthetic.webm"), "Synthetic");
        UploadedFile active = genai.waitUntilActive(video);
        assertTrue(active.isActive());
        assertEquals(12.0, active.videoDuration().orElseThrow().toMillis() / 1000.0, 0.3);

        byte[] mp4 = Files.readAllBytes(MEDIA.resolve("video/synthetic.mp4"));
        Path broken = Files.write(temp.resolve("broken.mp4"), java.util.Arrays.copyOf(mp4, mp4.length / 2));
        UploadedFile bad = genai.uploadFile(broken, "Broken");
        String reason = assertThrows(VisionbookException.class, () -> genai.waitUntilActive(bad)).getMessage();
        assertTrue(reason.contains("FAILED"), reason);
        assertTrue(reason.contains("Broken"), reason);
    }

    @Test
    void filesAreListedAsATableAndDeleted() {
        UploadedFile file = genai.uploadFile(MEDIA.resolve("photos/coffee.png"), "Coffee");
        FileList files = genai.listFiles();
        assertTrue(files.stream().anyMatch(f -> f.name().equals(file.name())));
        String html = files.mimeBundle().get("text/html").orElseThrow();
        assertTrue(html.contains("<thead>") && html.contains("Coffee") && html.contains("expires"), html);

        genai.deleteFile(file);
        assertFalse(genai.listFiles().stream().anyMatch(f -> f.name().equals(file.name())));
        String gone = assertThrows(VisionbookException.class, () -> genai.getFile(file.name())).getMessage();
        assertTrue(gone.contains("PERMISSION_DENIED"), gone);
    }

    @Test
    void promptTakesUploadedFilesPathsImagesAndVideos() throws Exception {
        GenerativeModel model = genai.model("gemini-2.5-flash");
        UploadedFile scene = genai.uploadFile(MEDIA.resolve("groundtruth/scene.jpg"), "Scene");
        var picture = ImageIO.read(MEDIA.resolve("photos/chelsea.png").toFile());

        Response answer = model.generateContent(scene, MEDIA.resolve("groundtruth/shapes.webp"), picture,
                MEDIA.resolve("video/synthetic.mp4"), "Describe these.");

        String text = answer.text();
        assertTrue(text.contains("960 × 600 px"), text);
        assertTrue(text.contains("640 × 480 px"), text);
        assertTrue(text.contains("451 × 300 px"), text);
        assertTrue(text.contains("video/mp4"), text);
        assertEquals("STOP", answer.finishReason());
        assertTrue(answer.usage().prompt() > 3 * 258, answer.usage().toString());
        assertTrue(answer.problem().isEmpty());
        assertTrue(answer.mimeBundle().get("text/markdown").isPresent());
    }

    @Test
    void streamingHandsOverTextAsItArrives() {
        List<String> pieces = new ArrayList<>();
        Response answer = genai.model("gemini-2.5-flash").streamContent(pieces::add,
                MEDIA.resolve("photos/coffee.png"), "What is this?");
        assertTrue(pieces.size() > 1);
        assertEquals(String.join("", pieces), answer.text());
        assertEquals("STOP", answer.finishReason());
    }

    @Test
    void tokensAreCountedBeforeSending() {
        int tokens = genai.model("gemini-2.5-flash").countTokens(MEDIA.resolve("photos/coffee.png"), "abcd");
        assertEquals(ServiceRules.TOKENS_PER_IMAGE + 1, tokens);
    }

    @Test
    void unknownModelIsExplained() {
        String message = assertThrows(VisionbookException.class,
                () -> genai.model("banana").generateContent("hi")).getMessage();
        assertTrue(message.contains("models/banana is not found"), message);
        assertFalse(message.contains("Details:"), message);
    }
}
