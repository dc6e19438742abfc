package dev.visionbook.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.genai.types.File;
import com.google.genai.types.UploadFileConfig;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The upload protocol at its edges, over raw HTTP: declared sizes, unfinished bytes, timestamps, leaks. */
class UploadEdgesTest {

    static final String KEY = LocalServerExtension.KEY;
    static final int MIB = 1024 * 1024;

    @RegisterExtension
    final LocalServerExtension local = new LocalServerExtension(config -> config
            .withLimits(config.limits().withMaxProjectBytes(3L * MIB).withMaxOpenUploads(20)));
    final RawUploads uploads = new RawUploads(local);

    String startDeclared(long size) throws Exception {
        HttpResponse<String> started = local.send(local.request("/upload/v1beta/files")
                .header("x-goog-api-key", KEY).header("X-Goog-Upload-Protocol", "resumable")
                .header("X-Goog-Upload-Command", "start").header("X-Goog-Upload-Header-Content-Length", Long.toString(size))
                .header("X-Goog-Upload-Header-Content-Type", "application/octet-stream")
                .POST(HttpRequest.BodyPublishers.ofString("{\"file\":{}}")).build());
        assertEquals(200, started.statusCode(), started.body());
        java.net.URI url = java.net.URI.create(started.headers().firstValue("X-Goog-Upload-URL").orElseThrow());
        return url.getRawPath() + "?" + url.getRawQuery();
    }

    @Test
    void aFinalizeShortOfTheDeclaredSizeIsABadRequestAndPublishesNothing() throws Exception {
        String url = startDeclared(MIB);
        JsonNode error = ErrorPathsTest.error(uploads.chunk(KEY, url, "upload, finalize", 0, new byte[MIB / 2]),
                400, "INVALID_ARGUMENT");
        assertTrue(error.path("message").asText().contains("declared as 1048576 bytes"), error.toString());
        assertTrue(error.path("message").asText().contains("only 524288 bytes arrived"), error.toString());
        assertEquals("{}", local.get("/v1beta/files", KEY).body());
        assertEquals(MIB / 2, uploads.received(KEY, url));
        assertEquals(200, uploads.chunk(KEY, url, "upload, finalize", MIB / 2, new byte[MIB / 2]).statusCode());
    }

    @Test
    void aChunkEndingPastTheDeclaredSizeIsABadRequestAndPublishesNothing() throws Exception {
        String url = startDeclared(MIB);
        uploads.chunk(KEY, url, "upload", 0, new byte[MIB / 2]);
        JsonNode error = ErrorPathsTest.error(uploads.chunk(KEY, url, "upload, finalize", MIB / 2, new byte[MIB]),
                400, "INVALID_ARGUMENT");
        assertTrue(error.path("message").asText().contains("declared as 1048576 bytes"), error.toString());
        assertEquals("{}", local.get("/v1beta/files", KEY).body());
        assertEquals(MIB / 2, uploads.received(KEY, url), "the oversized chunk was dropped whole");
    }

    @Test
    void aDeclaredSizeThatIsNoNumberIsABadRequest() throws Exception {
        HttpResponse<String> started = local.send(local.request("/upload/v1beta/files")
                .header("x-goog-api-key", KEY).header("X-Goog-Upload-Protocol", "resumable")
                .header("X-Goog-Upload-Command", "start").header("X-Goog-Upload-Header-Content-Length", "lots")
                .POST(HttpRequest.BodyPublishers.ofString("{\"file\":{\"mimeType\":\"text/plain\"}}")).build());
        ErrorPathsTest.error(started, 400, "INVALID_ARGUMENT");
        ErrorPathsTest.error(uploads.start(KEY, "{\"file\":{\"mimeType\":\"text/plain\",\"sizeBytes\":\"x\"}}"), 400,
                "INVALID_ARGUMENT");
    }

    @Test
    void unfinishedUploadsHoldTheirBytesAgainstTheProjectQuota() throws Exception {
        startDeclared(2L * MIB);
        HttpResponse<String> refused = local.send(local.request("/upload/v1beta/files")
                .header("x-goog-api-key", KEY).header("X-Goog-Upload-Protocol", "resumable")
                .header("X-Goog-Upload-Command", "start").header("X-Goog-Upload-Header-Content-Length", Long.toString(2L * MIB))
                .POST(HttpRequest.BodyPublishers.ofString("{\"file\":{\"mimeType\":\"text/plain\"}}")).build());
        ErrorPathsTest.error(refused, 429, "RESOURCE_EXHAUSTED");

        String unknownSize = uploads.startedUrl(KEY, "{\"file\":{\"mimeType\":\"application/octet-stream\"}}");
        ErrorPathsTest.error(uploads.chunk(KEY, unknownSize, "upload", 0, new byte[MIB + 1]), 429, "RESOURCE_EXHAUSTED");
        assertEquals(0, uploads.received(KEY, unknownSize));
    }

    @Test
    void aProjectMayHoldOnlySoManyUnfinishedUploads() throws Exception {
        for (int i = 0; i < 20; i++) {
            uploads.startedUrl(KEY, "{\"file\":{\"mimeType\":\"text/plain\"}}");
        }
        ErrorPathsTest.error(uploads.start(KEY, "{\"file\":{\"mimeType\":\"text/plain\"}}"), 429, "RESOURCE_EXHAUSTED");
        assertEquals(200, uploads.start(LocalServerExtension.OTHER_KEY, "{\"file\":{\"mimeType\":\"text/plain\"}}")
                .statusCode(), "another key is its own project");
    }

    @Test
    void aQueryAfterTheUploadFinishedAnswersFinalWithTheFile() throws Exception {
        String url = uploads.startedUrl(KEY, "{\"file\":{\"mimeType\":\"text/plain\"}}");
        HttpResponse<String> done = uploads.chunk(KEY, url, "upload, finalize", 0, "all of it".getBytes());
        HttpResponse<String> query = uploads.chunk(KEY, url, "query", -1, new byte[0]);
        assertEquals(200, query.statusCode(), query.body());
        assertEquals("final", query.headers().firstValue("X-Goog-Upload-Status").orElseThrow());
        assertEquals("9", query.headers().firstValue("X-Goog-Upload-Size-Received").orElseThrow());
        assertEquals(ErrorPathsTest.JSON.readTree(done.body()), ErrorPathsTest.JSON.readTree(query.body()));
        HttpResponse<String> again = uploads.chunk(KEY, url, "upload, finalize", 9, new byte[0]);
        assertEquals(ErrorPathsTest.JSON.readTree(done.body()), ErrorPathsTest.JSON.readTree(again.body()),
                "the final chunk sent again answers the same file, published once");
        assertEquals(1, ErrorPathsTest.JSON.readTree(local.get("/v1beta/files", KEY).body()).path("files").size());
        ErrorPathsTest.error(uploads.chunk(KEY, url, "upload", 9, new byte[5]), 400, "INVALID_ARGUMENT");
        ErrorPathsTest.error(uploads.chunk(KEY, url, "cancel", -1, new byte[0]), 400, "INVALID_ARGUMENT");
    }

    @Test
    void aBogusUploadIdIsNotFoundForEveryCommand() throws Exception {
        for (String command : new String[] {"query", "cancel", "upload", "upload, finalize"}) {
            HttpResponse<String> response = uploads.chunk(KEY, "/upload/v1beta/files?upload_id=nope-" + command.length(),
                    command, 0, new byte[3]);
            JsonAssert.googleError(response.body(), 404, "NOT_FOUND");
        }
    }

    @Test
    void anUploadWhoseBytesVanishedSaysStartAgainAndNamesNoServerPath() throws Exception {
        String url = uploads.startedUrl(KEY, "{\"file\":{\"mimeType\":\"application/octet-stream\"}}");
        uploads.chunk(KEY, url, "upload", 0, new byte[1000]);
        try (Stream<Path> parts = Files.list(local.dataDir().resolve("uploads"))) {
            for (Path part : (Iterable<Path>) parts::iterator) {
                Files.delete(part);
            }
        }
        HttpResponse<String> response = uploads.chunk(KEY, url, "upload, finalize", 1000, new byte[10]);
        JsonNode error = JsonAssert.googleError(response.body(), 404, "NOT_FOUND");
        assertTrue(error.path("message").asText().contains("Start the upload again"), response.body());
        JsonAssert.namesNoServerPath(response.body(), local.dataDir());
    }

    @Test
    void theFinalUploadAnswerGetAndListSpellEveryTimestampAlike() throws Exception {
        HttpResponse<String> done = uploads.upload(KEY, "text/plain", "twelve bytes".getBytes());
        JsonNode uploaded = ErrorPathsTest.JSON.readTree(done.body()).path("file");
        JsonNode got = ErrorPathsTest.JSON.readTree(local.get("/v1beta/" + uploaded.path("name").asText(), KEY).body());
        JsonNode listed = ErrorPathsTest.JSON.readTree(local.get("/v1beta/files", KEY).body()).path("files").get(0);
        for (String field : new String[] {"createTime", "updateTime", "expirationTime"}) {
            String value = uploaded.path(field).asText();
            assertTrue(value.matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d{3}|\\.\\d{6})?Z"), value);
            assertEquals(value, got.path(field).asText(), field);
            assertEquals(value, listed.path(field).asText(), field);
        }
        File viaSdk = local.client().files.upload("abc".getBytes(), UploadFileConfig.builder().mimeType("text/plain").build());
        assertEquals(viaSdk.createTime(), local.client().files.get(viaSdk.name().orElseThrow(), null).createTime());
    }
}
