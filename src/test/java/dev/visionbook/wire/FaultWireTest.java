package dev.visionbook.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.visionbook.server.LocalServerExtension;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** What a fault looks like on the wire, byte for byte where the service's own answer is known. */
class FaultWireTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PROMPT = "{\"contents\":[{\"parts\":[{\"text\":\"Say hello.\"}],\"role\":\"user\"}]}";

    @RegisterExtension
    final LocalServerExtension local = new LocalServerExtension();

    private final HttpClient http = HttpClient.newHttpClient();

    private WireServer faults(String rules) throws IOException {
        return Wire.faults(FaultRules.parse(rules, "faults.json"), local.baseUrl(), "127.0.0.1", 0);
    }

    private HttpResponse<String> post(WireServer server, String path, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + path))
                .header("x-goog-api-key", LocalServerExtension.KEY).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void quotaExhaustionCarriesTheServicesDetailsAndRetryDelayInGooglesFormat() throws Exception {
        try (WireServer server = faults("[{\"fault\": \"RESOURCE_EXHAUSTED\", \"retryDelaySeconds\": 7}]")) {
            HttpResponse<String> response = post(server, "/v1/models/gemini-2.5-flash:generateContent", PROMPT);
            assertEquals(429, response.statusCode());
            assertEquals("application/json; charset=UTF-8", response.headers().firstValue("Content-Type").orElseThrow());
            assertEquals(List.of("Origin", "X-Origin", "Referer"), response.headers().allValues("Vary"));
            assertEquals("scaffolding on HTTPServer2", response.headers().firstValue("Server").orElseThrow());
            assertFalse(response.headers().firstValue("Retry-After").isPresent(), "the delay is in the body only");
            assertTrue(response.body().startsWith("{\n  \"error\": {\n    \"code\": 429,\n    \"message\": \"You exceeded"
                    + " your current quota, please check your plan and billing details."), response.body());
            JsonNode error = JSON.readTree(response.body()).get("error");
            assertEquals("RESOURCE_EXHAUSTED", error.get("status").asText());
            assertEquals("type.googleapis.com/google.rpc.QuotaFailure", error.at("/details/0/@type").asText());
            assertEquals("gemini-2.5-flash", error.at("/details/0/violations/0/quotaDimensions/model").asText());
            assertEquals("type.googleapis.com/google.rpc.Help", error.at("/details/1/@type").asText());
            assertEquals("type.googleapis.com/google.rpc.RetryInfo", error.at("/details/2/@type").asText());
            assertEquals("7s", error.at("/details/2/retryDelay").asText());
        }
    }

    @Test
    void overloadAndInternalErrorsAreTheServicesBodies() throws Exception {
        try (WireServer server = faults("[{\"fault\": \"UNAVAILABLE\", \"count\": 1}, {\"fault\": \"INTERNAL\", \"count\": 1}]")) {
            HttpResponse<String> busy = post(server, "/v1beta/models/gemini-2.5-flash:countTokens", PROMPT);
            assertEquals(503, busy.statusCode());
            assertEquals("{\n  \"error\": {\n    \"code\": 503,\n    \"message\": \"The model is overloaded. Please try again"
                    + " later.\",\n    \"status\": \"UNAVAILABLE\"\n  }\n}\n", busy.body());
            HttpResponse<String> failed = post(server, "/v1beta/models/gemini-2.5-flash:countTokens", PROMPT);
            assertEquals(500, failed.statusCode());
            assertEquals("INTERNAL", JSON.readTree(failed.body()).at("/error/status").asText());
            HttpResponse<String> passed = post(server, "/v1beta/models/gemini-2.5-flash:countTokens", PROMPT);
            assertEquals(200, passed.statusCode(), "both counts used up: the request reaches the server");
            assertTrue(passed.body().contains("totalTokens"), passed.body());
        }
    }

    @Test
    void aDroppedUploadAndACutStreamEndTheConnectionWithoutAnEnd() throws Exception {
        try (WireServer server = faults("[{\"fault\": \"DROP_CONNECTION\"}, {\"fault\": \"CUT_STREAM\", \"afterChunks\": 0}]")) {
            HttpResponse<String> start = http.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "/upload/v1/files"))
                    .header("x-goog-api-key", LocalServerExtension.KEY).header("X-Goog-Upload-Protocol", "resumable")
                    .header("X-Goog-Upload-Command", "start").header("X-Goog-Upload-Header-Content-Type", "image/png")
                    .header("X-Goog-Upload-Header-Content-Length", "4096")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"file\":{}}")).build(), HttpResponse.BodyHandlers.ofString());
            String uploadUrl = start.headers().firstValue("X-Goog-Upload-URL").orElseThrow();
            assertTrue(uploadUrl.startsWith(server.baseUrl() + "/upload/"), "the chunks come back through the faults: " + uploadUrl);
            assertThrows(IOException.class, () -> http.send(HttpRequest.newBuilder(URI.create(uploadUrl))
                    .header("x-goog-api-key", LocalServerExtension.KEY).header("X-Goog-Upload-Command", "upload, finalize")
                    .header("X-Goog-Upload-Offset", "0").POST(HttpRequest.BodyPublishers.ofByteArray(new byte[4096])).build(),
                    HttpResponse.BodyHandlers.ofString()));
            assertThrows(IOException.class, () -> post(server, "/v1/models/gemini-2.5-flash:streamGenerateContent?alt=sse", PROMPT));
        }
    }
}
