package dev.visionbook.wire;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;

/**
 * One line of a cassette: a request and what the backend answered. Requests are kept by their
 * meaning ({@link PromptMeaning}): no headers (so no key), files and inline images by SHA-256,
 * never their bytes.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
@JsonSubTypes({
        @JsonSubTypes.Type(value = Exchange.Call.class, name = "call"),
        @JsonSubTypes.Type(value = Exchange.Stream.class, name = "stream"),
        @JsonSubTypes.Type(value = Exchange.Upload.class, name = "upload")})
@JsonInclude(JsonInclude.Include.NON_NULL)
sealed interface Exchange {

    /** Its place in the recording, from 1. */
    int n();

    /** The notebook it was recorded for ({@code visionbook run} records each notebook apart), or null. */
    String notebook();

    /** A request answered with one body: files.get, files.list, files.delete, generateContent, countTokens, models. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Call(int n, String notebook, Request request, Response response) implements Exchange {
    }

    /** A streamed answer, event by event as the backend cut it. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Stream(int n, String notebook, Request request, int status, Map<String, List<String>> headers,
                  List<JsonNode> chunks) implements Exchange {
    }

    /** A resumable upload, start to final chunk, with the bytes known by their hash only. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Upload(int n, String notebook, String path, JsonNode start, UploadedBytes bytes, Response response)
            implements Exchange {
    }

    /** @param body the request's JSON meaning, null for none */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Request(String method, String path, String query, JsonNode body) {
    }

    /** @param body the JSON answer, or null when the answer was not JSON ({@code text} holds it then) */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Response(int status, Map<String, List<String>> headers, JsonNode body, String text) {
    }

    /** What was uploaded: the file's SHA-256 (hex), size, MIME type and the name it was sent under. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record UploadedBytes(String sha256, long sizeBytes, String mimeType, String fileName) {
    }
}
