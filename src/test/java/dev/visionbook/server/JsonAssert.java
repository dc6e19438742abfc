package dev.visionbook.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;

/** Google's error body: {@code {"error": {"code", "message", "status"}}}, and nothing that names the server's folders. */
final class JsonAssert {

    private JsonAssert() {
    }

    static JsonNode googleError(String body, int code, String status) throws Exception {
        JsonNode error = ErrorPathsTest.JSON.readTree(body).path("error");
        assertEquals(code, error.path("code").asInt(), body);
        assertEquals(status, error.path("status").asText(), body);
        assertTrue(error.path("message").isTextual() && !error.path("message").asText().isBlank(), body);
        return error;
    }

    /** No absolute folder of this machine (data folder, temporary folder, home, working folder) in {@code body}. */
    static void namesNoServerPath(String body, Path dataDir) {
        for (String folder : new String[] {dataDir.toAbsolutePath().toString(), System.getProperty("java.io.tmpdir"),
                System.getProperty("user.home"), System.getProperty("user.dir"), "/tmp/"}) {
            assertFalse(body.contains(folder), "names " + folder + ": " + body);
        }
        assertFalse(java.util.regex.Pattern.compile("[a-z0-9]{32}\\.part|uploads/|blobs/").matcher(body).find(),
                "names a store file: " + body);
    }
}
