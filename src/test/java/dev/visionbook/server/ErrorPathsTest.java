package dev.visionbook.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Every error the service returns, over raw HTTP, with its status code and body. */
class ErrorPathsTest {

    static final ObjectMapper JSON = new ObjectMapper();
    static final String KEY = LocalServerExtension.KEY;

    @RegisterExtension
    final LocalServerExtension local = new LocalServerExtension();
    final RawUploads uploads = new RawUploads(local);

    static JsonNode error(HttpResponse<String> response, int code, String status) throws Exception {
        assertEquals(code, response.statusCode(), response.body());
        JsonNode error = JSON.readTree(response.body()).path("error");
        assertEquals(code, error.path("code").asInt(), response.body());
        assertEquals(status, error.path("status").asText(), response.body());
        return error;
    }

    HttpResponse<String> generate(String body) throws Exception {
        return local.send(local.request("/v1/models/gemini-2.5-flash:generateContent")
                .header("x-goog-api-key", KEY).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    String uploadedName(String mimeType, byte[] bytes) throws Exception {
        HttpResponse<String> done = uploads.upload(KEY, mimeType, bytes);
        assertEquals(200, done.statusCode(), done.body());
        return JSON.readTree(done.body()).path("file").path("name").asText();
    }

    @Test
    void missingKeyIsRefusedAsAnUnregisteredCaller() throws Exception {
        JsonNode error = error(local.get("/v1beta/files", null), 403, "PERMISSION_DENIED");
        assertTrue(error.path("message").asText().startsWith("Method doesn't allow unregistered callers"));
    }

    @Test
    void wrongKeyIsInvalidWithTheServiceDetails() throws Exception {
        JsonNode error = error(local.get("/v1beta/files", "nope"), 400, "INVALID_ARGUMENT");
        assertEquals("API key not valid. Please pass a valid API key.", error.path("message").asText());
        assertEquals("API_KEY_INVALID", error.path("details").get(0).path("reason").asText());
    }

    @Test
    void keyInTheQueryStringIsAcceptedAndAnEmptyListIsAnEmptyObject() throws Exception {
        HttpResponse<String> response = local.get("/v1beta/files?key=" + KEY, null);
        assertEquals(200, response.statusCode());
        assertEquals("{}", response.body());
    }

    @Test
    void unknownFileIsPermissionDeniedNotNotFound() throws Exception {
        JsonNode error = error(local.get("/v1/files/abc123def456", KEY), 403, "PERMISSION_DENIED");
        assertEquals("You do not have permission to access the File abc123def456 or it may not exist.",
                error.path("message").asText());
        error(local.send(local.request("/v1/files/abc123def456").header("x-goog-api-key", KEY).DELETE().build()),
                403, "PERMISSION_DENIED");
    }

    @Test
    void chunkAtTheWrongOffsetIsRefusedAndQueryTellsWhereToResume() throws Exception {
        String url = uploads.startedUrl(KEY, "{\"file\":{\"mimeType\":\"image/png\"}}");
        byte[] png = Files.readAllBytes(Media.of("groundtruth/shapes.png"));
        byte[] first = java.util.Arrays.copyOf(png, 5000);
        assertEquals("active", uploads.chunk(KEY, url, "upload", 0, first).headers()
                .firstValue("X-Goog-Upload-Status").orElseThrow());

        JsonNode error = error(uploads.chunk(KEY, url, "upload", 4000, new byte[10]), 400, "INVALID_ARGUMENT");
        assertTrue(error.path("message").asText().contains("does not match the 5000 bytes received"));
        assertEquals(5000, uploads.received(KEY, url));

        byte[] rest = java.util.Arrays.copyOfRange(png, 5000, png.length);
        HttpResponse<String> done = uploads.chunk(KEY, url, "upload, finalize", 5000, rest);
        assertEquals("final", done.headers().firstValue("X-Goog-Upload-Status").orElseThrow());
        assertEquals("ACTIVE", JSON.readTree(done.body()).path("file").path("state").asText());
        assertEquals(png.length, JSON.readTree(done.body()).path("file").path("sizeBytes").asLong());
    }

    @Test
    void unknownUploadIdIsNotFound() throws Exception {
        error(uploads.chunk(KEY, "/upload/v1beta/files?upload_id=nothere&upload_protocol=resumable",
                "upload, finalize", 0, new byte[3]), 404, "NOT_FOUND");
    }

    @Test
    void uploadWithoutAMimeTypeOrWithATooLongDisplayNameIsRefused() throws Exception {
        JsonNode noType = error(uploads.start(KEY, "{\"file\":{}}"), 400, "INVALID_ARGUMENT");
        assertTrue(noType.path("message").asText().contains("no MIME type"));
        String longName = "x".repeat(513);
        JsonNode tooLong = error(uploads.start(KEY,
                "{\"file\":{\"mimeType\":\"image/png\",\"displayName\":\"" + longName + "\"}}"), 400, "INVALID_ARGUMENT");
        assertTrue(tooLong.path("message").asText().contains("limit is 512"));
    }

    @Test
    void sameNameTwiceIsAlreadyExists() throws Exception {
        String metadata = "{\"file\":{\"mimeType\":\"image/png\",\"name\":\"files/twice\"}}";
        byte[] png = Files.readAllBytes(Media.of("groundtruth/shapes.png"));
        assertEquals(200, uploads.chunk(KEY, uploads.startedUrl(KEY, metadata), "upload, finalize", 0, png).statusCode());
        error(uploads.start(KEY, metadata), 409, "ALREADY_EXISTS");
    }

    @Test
    void multipartUploadOfOlderClientsWorks() throws Exception {
        byte[] png = Files.readAllBytes(Media.of("groundtruth/shapes.png"));
        String boundary = "xyzBOUNDARYzyx";
        byte[] head = ("--" + boundary + "\r\nContent-Type: application/json\r\n\r\n"
                + "{\"file\":{\"mimeType\":\"image/png\",\"displayName\":\"Old client\"}}\r\n--" + boundary
                + "\r\nContent-Type: image/png\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[head.length + png.length + tail.length];
        System.arraycopy(head, 0, body, 0, head.length);
        System.arraycopy(png, 0, body, head.length, png.length);
        System.arraycopy(tail, 0, body, head.length + png.length, tail.length);

        HttpResponse<String> response = local.send(local.request("/upload/v1beta/files")
                .header("x-goog-api-key", KEY).header("X-Goog-Upload-Protocol", "multipart")
                .header("Content-Type", "multipart/related; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build());

        assertEquals(200, response.statusCode(), response.body());
        JsonNode file = JSON.readTree(response.body()).path("file");
        assertEquals("Old client", file.path("displayName").asText());
        assertEquals(png.length, file.path("sizeBytes").asLong());
        assertEquals("ACTIVE", file.path("state").asText());
    }

    @Test
    void promptWithAFailedFileIsAClearBadRequest() throws Exception {
        String name = uploadedName("image/jpeg", "plain text pretending to be a cat".getBytes(StandardCharsets.UTF_8));
        JsonNode error = error(generate("{\"contents\":[{\"parts\":[{\"fileData\":{\"fileUri\":\"" + name
                + "\",\"mimeType\":\"image/jpeg\"}},{\"text\":\"What is this?\"}]}]}"), 400, "FAILED_PRECONDITION");
        assertTrue(error.path("message").asText().contains("is not in an ACTIVE state"));
        assertTrue(error.path("message").asText().contains("declared as image/jpeg"));
    }

    @Test
    void unsupportedTypeUploadsButIsRefusedInAPrompt() throws Exception {
        String name = uploadedName("application/cu-seeme", new byte[] {1, 2, 3});
        JsonNode error = error(generate("{\"contents\":[{\"parts\":[{\"fileData\":{\"fileUri\":\"" + name
                + "\"}}]}]}"), 400, "INVALID_ARGUMENT");
        assertEquals("Unsupported MIME type: application/cu-seeme", error.path("message").asText());
    }

    @Test
    void anotherKeysFileInAPromptIsPermissionDenied() throws Exception {
        byte[] png = Files.readAllBytes(Media.of("groundtruth/shapes.png"));
        HttpResponse<String> theirs = uploads.upload(LocalServerExtension.OTHER_KEY, "image/png", png);
        String name = JSON.readTree(theirs.body()).path("file").path("name").asText();
        error(generate("{\"contents\":[{\"parts\":[{\"fileData\":{\"fileUri\":\"" + name + "\"}}]}]}"),
                403, "PERMISSION_DENIED");
    }

    @Test
    void badUriEmptyContentsAndBrokenJsonAreInvalidArguments() throws Exception {
        JsonNode badUri = error(generate("{\"contents\":[{\"parts\":[{\"fileData\":{\"fileUri\":\"gs://x/y\"}}]}]}"),
                400, "INVALID_ARGUMENT");
        assertEquals("Invalid or unsupported file uri: gs://x/y", badUri.path("message").asText());
        error(generate("{\"contents\":[]}"), 400, "INVALID_ARGUMENT");
        error(generate("{\"contents\": [ {"), 400, "INVALID_ARGUMENT");
    }

    @Test
    void inlineDataThatIsNotWhatItClaimsIsRefused() throws Exception {
        String text = Base64.getEncoder().encodeToString("hello".getBytes(StandardCharsets.UTF_8));
        JsonNode error = error(generate("{\"contents\":[{\"parts\":[{\"inlineData\":{\"mimeType\":\"image/png\","
                + "\"data\":\"" + text + "\"}}]}]}"), 400, "INVALID_ARGUMENT");
        assertEquals("The inline data was declared as image/png but its bytes are not in a known media format."
                + " Send the MIME type that matches the data.", error.path("message").asText());

        String png = Base64.getEncoder().encodeToString(Files.readAllBytes(Media.of("groundtruth/shapes.png")));
        JsonNode mislabelled = error(generate("{\"contents\":[{\"parts\":[{\"inlineData\":{\"mimeType\":\"image/jpeg\","
                + "\"data\":\"" + png + "\"}}]}]}"), 400, "INVALID_ARGUMENT");
        assertEquals("The inline data was declared as image/jpeg but its bytes are image/png."
                + " Send the MIME type that matches the data.", mislabelled.path("message").asText());
    }

    @Test
    void badPageTokenAndPageSizeAreExplained() throws Exception {
        error(local.get("/v1/files?pageToken=garbage", KEY), 400, "INVALID_ARGUMENT");
        error(local.get("/v1/files?pageSize=lots", KEY), 400, "INVALID_ARGUMENT");
    }

    @Test
    void unknownPathIsAJsonNotFound() throws Exception {
        error(local.get("/v2/whatever", KEY), 404, "NOT_FOUND");
    }
}
