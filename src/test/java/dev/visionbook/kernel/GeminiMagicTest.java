package dev.visionbook.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.visionbook.api.BackendMode;
import dev.visionbook.api.GenAI;
import dev.visionbook.server.LocalServerExtension;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code %gemini} through a real Jupyter client: choosing the backend, replaying a cassette, saying which is in use. */
class GeminiMagicTest {

    @RegisterExtension
    static final InProcessKernel kernel = new InProcessKernel();

    @RegisterExtension
    final LocalServerExtension local = new LocalServerExtension();

    @AfterEach
    void backToTheEnvironment() {
        BackendMode.fromEnvironment();
        kernel.client().execute("%gemini local");
        BackendMode.fromEnvironment();
    }

    @Test
    void replayRebindsGenaiToTheCassetteAndGeminiAloneSaysSo() throws Exception {
        Path cassette = kernel.folder().resolve("count.cassette.jsonl");
        GenAI recording = GenAI.connect(Map.of("VISIONBOOK_BASE_URL", local.baseUrl(), "VISIONBOOK_API_KEY",
                LocalServerExtension.KEY, "VISIONBOOK_RECORD", cassette.toString()), Duration.ofSeconds(30));
        int tokens = recording.model().countTokens("How many tokens is this sentence?");
        local.server().close();

        JupyterTestClient.Execution chosen = kernel.client().execute("%gemini replay " + cassette);
        assertEquals("ok", chosen.status(), chosen.traceback());
        assertTrue(chosen.stdout().contains("genai will use the recorded answers in " + cassette), chosen.stdout());
        JupyterTestClient.Execution counted = kernel.client().execute("genai.model().countTokens(\"How many tokens is this sentence?\")");
        assertEquals(String.valueOf(tokens), counted.result().path("text/plain").asText(), counted.traceback());
        assertTrue(counted.stdout().startsWith("visionbook: replaying " + cassette), counted.stdout());
        String inUse = kernel.client().execute("%gemini").stdout();
        assertTrue(inUse.startsWith("visionbook: replaying " + cassette), inUse);

        JupyterTestClient.Execution missed = kernel.client().execute("genai.model().countTokens(\"Something else\")");
        assertEquals("error", missed.status());
        assertTrue(missed.traceback().contains("no recorded answer in count.cassette.jsonl"), missed.traceback());
    }

    @Test
    void localAndRecordChooseFromTheNextUseAndMistakesSayWhatToWrite() {
        String local = kernel.client().execute("%gemini local").stdout();
        assertTrue(local.contains("genai will use the embedded local server, from its next use on."), local);
        String alone = kernel.client().execute("%gemini").stdout();
        assertTrue(alone.contains("genai has not connected yet; on first use it will use the embedded local server."), alone);
        String record = kernel.client().execute("%gemini record session.jsonl").stdout();
        assertTrue(record.contains("recording to " + Path.of("session.jsonl").toAbsolutePath()), record);
        assertTrue(kernel.client().execute("%gemini teapot").traceback().contains("%gemini takes live, local, record"
                + " FILE or replay FILE"));
        assertTrue(kernel.client().execute("%gemini replay").traceback().contains("Give the cassette file"));
        assertTrue(kernel.client().execute("%gemini replay nowhere.jsonl").traceback().contains("No cassette at"));
        assertTrue(kernel.client().execute("%lsmagic").stdout().contains("%gemini live | local"));
    }
}
