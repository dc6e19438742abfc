package dev.visionbook.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which backend the environment chooses, and the line that says so. */
class BackendChoiceTest {

    @TempDir
    Path home;

    @AfterEach
    void stopTheSharedServer() {
        SharedServer.stop(Map.of("VISIONBOOK_HOME", home.toString()));
    }

    static GenAI connect(Map<String, String> env) {
        return GenAI.connect(env, Duration.ofSeconds(30));
    }

    @Test
    void noKeyStartsTheLocalServerAndKeepsItsKeyForNextTime() throws Exception {
        GenAI genai = connect(Map.of("VISIONBOOK_HOME", home.toString()));
        assertEquals(Backend.Kind.LOCAL, genai.backend().kind());
        assertTrue(genai.backend().baseUrl().startsWith("http://127.0.0.1:"));
        assertTrue(genai.backend().description().contains("no GEMINI_API_KEY set"));
        String key = Files.readString(home.resolve("local/api-key")).strip();
        assertTrue(key.startsWith("local-"));

        UploadedFile file = genai.uploadFile(Path.of("notebooks/media/photos/coffee.png"), "kept");
        GenAI again = connect(Map.of("VISIONBOOK_HOME", home.toString()));
        assertEquals(file.name(), again.getFile(file.name()).name());
    }

    @Test
    void aKeyChoosesTheRealServiceWithoutCallingIt() {
        GenAI genai = connect(Map.of("GEMINI_API_KEY", "abc", "VISIONBOOK_HOME", home.toString()));
        assertEquals(Backend.Kind.LIVE, genai.backend().kind());
        assertTrue(genai.backend().description().contains("GEMINI_API_KEY"));
        assertEquals(Backend.Kind.LIVE, connect(Map.of("GOOGLE_API_KEY", "abc")).backend().kind());
    }

    @Test
    void aBaseUrlChoosesThatServerAndNeedsAKey() {
        GenAI local = connect(Map.of("VISIONBOOK_HOME", home.toString()));
        String key = readKey();
        GenAI remote = connect(Map.of("VISIONBOOK_BASE_URL", local.backend().baseUrl(), "VISIONBOOK_API_KEY", key));
        assertEquals(Backend.Kind.BASE_URL, remote.backend().kind());
        assertEquals(0, remote.listFiles().size() - local.listFiles().size(), "same server, same files");

        String message = assertThrows(VisionbookException.class,
                () -> connect(Map.of("VISIONBOOK_BASE_URL", "http://127.0.0.1:9"))).getMessage();
        assertTrue(message.contains("VISIONBOOK_API_KEY"), message);
    }

    private String readKey() {
        try {
            return Files.readString(home.resolve("local/api-key")).strip();
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }
}
