package dev.visionbook.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.visionbook.server.LocalServerExtension;
import com.google.genai.types.Content;
import com.google.genai.types.Part;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The helper API's behaviour under each fault of {@code VISIONBOOK_FAULTS}, through the official
 * SDK, the fault server and a real local server: what is retried, what is waited for, and the
 * sentence a user gets when it still fails.
 */
class FaultBehaviourTest {

    static final Path ROCKET = Path.of("notebooks", "media", "drawings", "rocket.png");

    @RegisterExtension
    final LocalServerExtension local = new LocalServerExtension();

    @TempDir
    Path temp;

    private GenAI withFaults(String rules, Duration timeout) throws Exception {
        Path file = Files.writeString(temp.resolve("faults.json"), rules);
        return GenAI.connect(Map.of("VISIONBOOK_BASE_URL", local.baseUrl(), "VISIONBOOK_API_KEY",
                LocalServerExtension.KEY, "VISIONBOOK_FAULTS", file.toString()), timeout);
    }

    private GenAI withFaults(String rules) throws Exception {
        return withFaults(rules, Duration.ofSeconds(60));
    }

    /** The same server without faults, to see what was stored. */
    private GenAI direct() {
        return GenAI.connect(Map.of("VISIONBOOK_BASE_URL", local.baseUrl(), "VISIONBOOK_API_KEY",
                LocalServerExtension.KEY), Duration.ofSeconds(60));
    }

    @Test
    void aSingleQuotaErrorIsRetriedOnceAndGoesUnnoticed() throws Exception {
        GenAI genai = withFaults("[{\"fault\": \"RESOURCE_EXHAUSTED\", \"count\": 1, \"retryDelaySeconds\": 7}]");
        assertFalse(genai.model().generateContent("Say hello.").text().isEmpty());
    }

    @Test
    void aQuotaErrorThatPersistsSaysHowLongTheServiceAsksToWait() throws Exception {
        GenAI genai = withFaults("[{\"fault\": \"RESOURCE_EXHAUSTED\", \"count\": 2, \"retryDelaySeconds\": 7}]");
        String message = assertThrows(VisionbookException.class, () -> genai.model().generateContent("Say hello."))
                .getMessage();
        assertTrue(message.startsWith("Could not generate content with gemini-2.5-flash: 429 RESOURCE_EXHAUSTED."), message);
        assertTrue(message.contains("The service asks to wait 7 s: wait, then run it again."), message);
        assertTrue(message.contains("https://ai.google.dev/gemini-api/docs/rate-limits"), message);
    }

    @Test
    void anOverloadedModelThatStaysOverloadedSaysToTryLaterOrAnotherModel() throws Exception {
        GenAI genai = withFaults("[{\"fault\": \"UNAVAILABLE\", \"count\": 2}]");
        String message = assertThrows(VisionbookException.class, () -> genai.model().countTokens("Say hello."))
                .getMessage();
        assertTrue(message.contains("503 UNAVAILABLE. The model is overloaded. Please try again later."), message);
        assertTrue(message.contains("try again in a minute, or use another model"), message);
    }

    @Test
    void anInternalErrorIsRetriedOnceThenSaysToRunItAgain() throws Exception {
        GenAI once = withFaults("[{\"fault\": \"INTERNAL\", \"count\": 1}]");
        assertFalse(once.model().generateContent("Say hello.").text().isEmpty());
        GenAI twice = withFaults("[{\"fault\": \"INTERNAL\", \"count\": 2}]");
        String message = assertThrows(VisionbookException.class, () -> twice.model().generateContent("Say hello."))
                .getMessage();
        assertTrue(message.contains("500 INTERNAL. An internal error has occurred."), message);
        assertTrue(message.contains("run it again"), message);
    }

    @Test
    void aSlowAnswerIsWaitedForUntilTheTimeoutAndThenSaysSo() throws Exception {
        GenAI patient = withFaults("[{\"fault\": \"SLOW\", \"seconds\": 1.5, \"count\": 1}]", Duration.ofSeconds(20));
        Instant start = Instant.now();
        assertFalse(patient.model().generateContent("Say hello.").text().isEmpty());
        assertTrue(Duration.between(start, Instant.now()).toMillis() >= 1500);
        GenAI hurried = withFaults("[{\"fault\": \"SLOW\", \"seconds\": 3}]", Duration.ofSeconds(1));
        VisionbookException thrown = assertThrows(VisionbookException.class, () -> hurried.model().generateContent("Say hello."));
        String message = thrown.getMessage();
        assertTrue(message.contains("no answer came in time (tried twice)"), message);
        assertTrue(message.contains("Duration.ofMinutes(20)"), message);
    }

    @Test
    void anUploadWhoseConnectionDropsTwiceIsSentAgainAndStoredOnce() throws Exception {
        GenAI genai = withFaults("[{\"fault\": \"DROP_CONNECTION\", \"count\": 2}]");
        UploadedFile file = genai.uploadFile(ROCKET, "Rocket");
        assertEquals("ACTIVE", file.state());
        assertEquals(List.of(file.name()), direct().listFiles().stream().map(UploadedFile::name).toList());
    }

    @Test
    void anUploadWhoseConnectionKeepsDroppingStoresNothingAndSaysSo() throws Exception {
        GenAI genai = withFaults("[{\"fault\": \"DROP_CONNECTION\", \"count\": 3}]");
        String message = assertThrows(VisionbookException.class, () -> genai.uploadFile(ROCKET, "Rocket")).getMessage();
        assertTrue(message.startsWith("Could not upload rocket.png: the connection dropped before an answer came"), message);
        assertTrue(message.contains("check the network and run it again"), message);
        assertTrue(direct().listFiles().isEmpty(), "a dropped upload leaves no file");
    }

    @Test
    void aFileThatStaysProcessingIsWaitedForByPromptsAndRefusedByTheServiceMeanwhile() throws Exception {
        GenAI genai = withFaults("[{\"fault\": \"STAY_PROCESSING\", \"mimeType\": \"image/\", \"seconds\": 2}]");
        Instant uploaded = Instant.now();
        UploadedFile file = genai.uploadFile(ROCKET, "Rocket");
        assertEquals("PROCESSING", file.state());
        String refused = assertThrows(com.google.genai.errors.ClientException.class, () -> genai.client().models
                .countTokens("gemini-2.5-flash", List.of(Content.fromParts(Part.fromUri(file.uri(), file.mimeType()))), null))
                .getMessage();
        assertTrue(refused.startsWith("400 FAILED_PRECONDITION. The File " + file.name().substring(6)
                + " is not in an ACTIVE state and usage is not allowed."), refused);
        assertTrue(genai.model().countTokens(file, "Describe it.") > 0, "the helper waits until the file is ACTIVE");
        assertTrue(Duration.between(uploaded, Instant.now()).toMillis() >= 2000);
        assertEquals("ACTIVE", genai.getFile(file).state());
    }

    @Test
    void aFileThatEndsFailedSaysWhyWhenWaitedFor() throws Exception {
        GenAI genai = withFaults("[{\"fault\": \"END_FAILED\", \"message\": \"Video decoding failed.\"}]");
        UploadedFile file = genai.uploadFile(ROCKET, "Rocket");
        assertEquals("FAILED", genai.getFile(file).state());
        String message = assertThrows(VisionbookException.class, () -> genai.waitUntilActive(file)).getMessage();
        assertEquals("files/" + file.name().substring(6) + " (Rocket) FAILED: Video decoding failed. Upload a file that"
                + " decodes.", message.replace(file.label(), "files/" + file.name().substring(6) + " (Rocket)"));
    }

    @Test
    void aStreamCutAfterOneChunkShowsThatChunkThenSaysTheAnswerIsIncomplete() throws Exception {
        GenAI genai = withFaults("[{\"fault\": \"CUT_STREAM\", \"afterChunks\": 1}]");
        List<String> shown = new ArrayList<>();
        String message = assertThrows(VisionbookException.class,
                () -> genai.model().streamContent(shown::add, ROCKET, "Describe this drawing.")).getMessage();
        assertEquals(1, shown.size());
        assertTrue(message.startsWith("The answer streamed from gemini-2.5-flash was cut off after 1 chunk: the text"
                + " shown so far is incomplete."), message);
    }
}
