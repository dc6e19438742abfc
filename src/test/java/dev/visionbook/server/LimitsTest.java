package dev.visionbook.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.util.Base64;
import java.util.stream.Stream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Size limits, configured small so that the tests stay fast. */
class LimitsTest {

    static final String KEY = LocalServerExtension.KEY;

    @RegisterExtension
    final LocalServerExtension local = new LocalServerExtension(config -> config
            .withLimits(config.limits().withMaxFileBytes(10_000).withMaxProjectBytes(25_000))
            .withMaxInlineRequestBytes(4_000));
    final RawUploads uploads = new RawUploads(local);

    @Test
    void fileOverTheLimitIsRefusedAndLeavesNothingBehind() throws Exception {
        JsonNode error = ErrorPathsTest.error(uploads.upload(KEY, "application/octet-stream", new byte[10_001]),
                400, "INVALID_ARGUMENT");
        assertTrue(error.path("message").asText().contains("per file"), error.toString());
        assertEquals("{}", local.get("/v1/files", KEY).body());
        try (Stream<Path> parts = Files.list(local.dataDir().resolve("uploads"))) {
            assertEquals(0, parts.count());
        }
    }

    @Test
    void announcedSizeOverTheLimitIsRefusedBeforeAnyByteIsSent() throws Exception {
        var response = local.send(local.request("/upload/v1/files")
                .header("x-goog-api-key", KEY).header("X-Goog-Upload-Protocol", "resumable")
                .header("X-Goog-Upload-Command", "start").header("X-Goog-Upload-Header-Content-Length", "20000")
                .POST(HttpRequest.BodyPublishers.ofString("{\"file\":{\"mimeType\":\"video/mp4\"}}")).build());
        ErrorPathsTest.error(response, 400, "INVALID_ARGUMENT");
    }

    @Test
    void projectQuotaIsResourceExhaustedAndOtherKeysAreUnaffected() throws Exception {
        assertEquals(200, uploads.upload(KEY, "application/octet-stream", new byte[10_000]).statusCode());
        assertEquals(200, uploads.upload(KEY, "application/octet-stream", new byte[10_000]).statusCode());
        JsonNode error = ErrorPathsTest.error(uploads.upload(KEY, "application/octet-stream", new byte[6_000]),
                429, "RESOURCE_EXHAUSTED");
        assertTrue(error.path("message").asText().contains("Delete files"), error.toString());
        assertEquals(200, uploads.upload(LocalServerExtension.OTHER_KEY, "application/octet-stream",
                new byte[10_000]).statusCode());
    }

    @Test
    void inlineRequestOverTheLimitIsRefusedWithTheServiceMessage() throws Exception {
        String data = Base64.getEncoder().encodeToString(new byte[5_000]);
        var response = local.send(local.request("/v1/models/gemini-2.5-flash:generateContent")
                .header("x-goog-api-key", KEY).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"contents\":[{\"parts\":[{\"inlineData\":"
                        + "{\"mimeType\":\"image/png\",\"data\":\"" + data + "\"}}]}]}")).build());
        JsonNode error = ErrorPathsTest.error(response, 400, "INVALID_ARGUMENT");
        assertTrue(error.path("message").asText().startsWith("Request payload size exceeds the limit: 4000 bytes."));
    }
}
