package dev.visionbook.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.visionbook.server.LocalServerExtension;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code VISIONBOOK_RECORD} against a real local server, then {@code VISIONBOOK_REPLAY} with that
 * server stopped and no key: the same answers through the same helper API, and clear misses
 * when the prompt or the file changed.
 */
class RecordReplayTest {

    static final Path ROCKET = Path.of("notebooks", "media", "drawings", "rocket.png");
    static final String PROMPT = "Describe how this product might be manufactured.";

    @RegisterExtension
    final LocalServerExtension local = new LocalServerExtension();

    @TempDir
    Path temp;

    private Path cassette() {
        return temp.resolve("session.cassette.jsonl");
    }

    private GenAI recording() {
        return GenAI.connect(Map.of("VISIONBOOK_BASE_URL", local.baseUrl(), "VISIONBOOK_API_KEY", LocalServerExtension.KEY,
                "VISIONBOOK_RECORD", cassette().toString()), Duration.ofSeconds(60));
    }

    /** No key, no base URL, an empty home: nothing but the cassette to answer from. */
    private GenAI replaying(Map<String, String> more) {
        Map<String, String> env = new java.util.HashMap<>(Map.of("VISIONBOOK_REPLAY", cassette().toString(),
                "VISIONBOOK_HOME", temp.resolve("home").toString()));
        env.putAll(more);
        return GenAI.connect(env, Duration.ofSeconds(60));
    }

    /** What a session does: upload, get, count, prompt with the file, stream, list, delete. */
    private List<String> session(GenAI genai, Path image, String prompt) {
        List<String> seen = new ArrayList<>();
        UploadedFile file = genai.uploadFile(image, "Rocket drawing");
        seen.add(file.name() + " " + file.uri() + " " + file.state());
        seen.add(genai.getFile(file.name()).toString());
        GenerativeModel model = genai.model();
        seen.add("tokens " + model.countTokens(file, prompt));
        seen.add(model.generateContent(file, prompt).text());
        List<String> chunks = new ArrayList<>();
        Response streamed = model.streamContent(chunks::add, image, "Describe this drawing.");
        seen.add(chunks.size() + " chunks: " + String.join("|", chunks) + " " + streamed.finishReason());
        seen.add(genai.listFiles().stream().map(UploadedFile::name).toList().toString());
        genai.deleteFile(file);
        seen.add(genai.listFiles().stream().map(UploadedFile::name).toList().toString());
        return seen;
    }

    @Test
    void aRecordedSessionReplaysTheSameWithTheServerStoppedAndNoKey() throws Exception {
        List<String> recorded = session(recording(), ROCKET, PROMPT);
        local.server().close();

        GenAI replay = replaying(Map.of());
        assertEquals(Backend.Kind.REPLAY, replay.backend().kind());
        assertTrue(replay.backend().description().contains("replaying " + cassette()), replay.backend().description());
        assertEquals(recorded, session(replay, ROCKET, PROMPT));
        assertTrue(recorded.get(4).startsWith(recorded.get(4).split(" ")[0]) && !recorded.get(4).startsWith("0 chunks"));
    }

    @Test
    void theCassetteIsReadableJsonLinesWithoutTheKeyOrTheFilesBytes() throws Exception {
        session(recording(), ROCKET, PROMPT);
        String text = Files.readString(cassette());
        List<String> lines = text.lines().toList();
        for (String line : lines) {
            assertTrue(line.startsWith("{\"kind\":\""), line);
        }
        assertFalse(text.contains(LocalServerExtension.KEY), "the key is never written");
        byte[] bytes = Files.readAllBytes(ROCKET);
        String sha256 = HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
        assertTrue(text.contains("\"sha256\":\"" + sha256 + "\""), "the upload is known by its hash");
        assertTrue(text.contains("\"sizeBytes\":" + bytes.length));
        String head = java.util.Base64.getEncoder().encodeToString(java.util.Arrays.copyOf(bytes, 30));
        assertFalse(text.contains(head.substring(0, 32)), "no bytes of the file, inline or uploaded");
        assertTrue(text.contains("\"kind\":\"stream\"") && text.contains("\"kind\":\"upload\""), text);
    }

    @Test
    void anEditedPromptIsAClearMissNamingWhatDiffers() {
        session(recording(), ROCKET, PROMPT);
        local.server().close();
        GenAI replay = replaying(Map.of());
        UploadedFile file = replay.uploadFile(ROCKET, "Rocket drawing");
        String message = assertThrows(VisionbookException.class, () -> replay.model()
                .generateContent(file, "Describe how this product might be recycled.")).getMessage();
        assertTrue(message.startsWith("Could not generate content with gemini-2.5-flash: 404 NOT_FOUND. visionbook replay:"
                + " no recorded answer in session.cassette.jsonl for POST /v1/models/gemini-2.5-flash:generateContent."),
                message);
        assertTrue(message.contains("contents[0].parts[1].text: recorded \"…how this product might be manufactured.\","
                + " now \"…how this product might be recycled.\""), message);
        assertTrue(message.contains("--replay-fallback local"), message);
    }

    @Test
    void aChangedFileIsAClearMissAtItsUpload() throws Exception {
        session(recording(), ROCKET, PROMPT);
        local.server().close();
        byte[] bytes = Files.readAllBytes(ROCKET);
        bytes[bytes.length - 20] ^= 0x5a;
        Path changed = Files.write(Files.createDirectories(temp.resolve("changed")).resolve("rocket.png"), bytes);
        String message = assertThrows(VisionbookException.class,
                () -> replaying(Map.of()).uploadFile(changed, "Rocket drawing")).getMessage();
        assertTrue(message.contains("visionbook replay: no upload in session.cassette.jsonl has these bytes"), message);
        assertTrue(message.contains("The nearest recorded upload (exchange 1) was \"Rocket drawing\", image/png, "), message);
        assertTrue(message.contains("it changed since it was recorded"), message);
    }

    @Test
    void withTheLocalFallbackAMissIsAnsweredByTheLocalEngineAndSaysSo() {
        session(recording(), ROCKET, PROMPT);
        local.server().close();
        GenAI replay = replaying(Map.of("VISIONBOOK_REPLAY_FALLBACK", "local"));
        UploadedFile file = replay.uploadFile(ROCKET, "Rocket drawing");
        Response answer = replay.model().generateContent(file, "What colours does this drawing use?");
        assertTrue(answer.text().startsWith("*(Answered by the local engine: session.cassette.jsonl has no recorded"
                + " answer for this prompt.)*"), answer.text());
        assertTrue(answer.text().length() > 120, "and then the engine's answer: " + answer.text());
    }
}
