package dev.visionbook.wire;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code --replay-fallback local}: what a cassette has no answer for goes to a local server over
 * HTTP, and its answer comes back marked as the local engine's. Files the prompt names that the
 * replay received are uploaded to the local server first (once each, waited for until ACTIVE).
 *
 * <p>Threading: thread-safe; files already sent sit in a concurrent map.
 */
final class LocalFallback {

    private static final Logger LOG = LoggerFactory.getLogger(LocalFallback.class);

    private final Forwarder local;
    private final String apiKey;
    private final String cassette;
    private final Map<String, String> sentUris = new ConcurrentHashMap<>();
    private final Set<String> localFiles = ConcurrentHashMap.newKeySet();

    LocalFallback(String baseUrl, String apiKey, String cassette) {
        this.local = new Forwarder(baseUrl);
        this.apiKey = apiKey;
        this.cassette = cassette;
    }

    /** Uploads what the cassette has no upload of; the file is the local server's from then on. */
    Reply upload(ReplayUpload session) throws IOException {
        Reply reply = sendUpload(session);
        if (reply instanceof Reply.Whole whole) {
            JsonNode body = Recorder.json(whole.body());
            if (body != null && body.path("file").path("name").isTextual()) {
                localFiles.add(PromptFiles.id(body.path("file").path("name").asText()));
                LOG.warn("visionbook replay: {} has no upload of {}; it went to the local server", cassette,
                        session.fileName == null ? "these bytes" : session.fileName);
            }
        }
        return reply;
    }

    /** Whether the file is one this fallback uploaded (so the local server knows it, and the cassette does not). */
    boolean owns(String id) {
        return localFiles.contains(id);
    }

    /** Answers a request the cassette has no answer for, from the local server. */
    Reply answer(Inbound request, Map<String, ReplayUpload> filesHere) throws IOException {
        JsonNode body = Recorder.json(request.bytes());
        if (body != null) {
            for (JsonNode node : parts(body)) {
                ObjectNode file = (ObjectNode) node.get("fileData");
                String id = PromptFiles.id(file.get("fileUri").asText());
                ReplayUpload recorded = filesHere.get(id);
                if (recorded != null && !localFiles.contains(id)) {
                    file.put("fileUri", sentUris.computeIfAbsent(id, key -> uncheckedSend(recorded)));
                }
            }
        }
        byte[] bytes = body == null ? request.bytes() : Cassette.JSON.writeValueAsBytes(body);
        Reply reply = local.handle(inbound(request.method(), request.path(), request.query(), request.headers(), bytes));
        LOG.warn("visionbook replay: {} has no answer for {}; the local engine answered", cassette, request);
        boolean json = body != null && "application/json".equals(body.path("generationConfig").path("responseMimeType").asText());
        return Operation.of(request).prompts() ? LocalMark.mark(reply, json, cassette) : reply;
    }

    private String uncheckedSend(ReplayUpload recorded) {
        try {
            Reply reply = sendUpload(recorded);
            JsonNode file = reply instanceof Reply.Whole whole ? Recorder.json(whole.body()) : null;
            if (file == null || !file.path("file").path("uri").isTextual()) {
                throw new IOException("the local server did not take the file: " + reply);
            }
            return waitUntilActive(file.path("file"));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private String waitUntilActive(JsonNode file) throws IOException {
        String name = file.path("name").asText();
        Instant deadline = Instant.now().plus(Duration.ofMinutes(10));
        JsonNode current = file;
        while ("PROCESSING".equals(current.path("state").asText()) && Instant.now().isBefore(deadline)) {
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while the local server processed " + name, e);
            }
            Reply reply = local.handle(inbound("GET", "/v1/" + name, "", Map.of(), new byte[0]));
            current = reply instanceof Reply.Whole whole ? Recorder.json(whole.body()) : current;
        }
        return current.path("uri").asText();
    }

    private Reply sendUpload(ReplayUpload session) throws IOException {
        byte[] start = session.start == null ? "{\"file\":{}}".getBytes(StandardCharsets.UTF_8)
                : Cassette.JSON.writeValueAsBytes(session.start);
        Map<String, List<String>> startHeaders = Reply.headers("X-Goog-Upload-Protocol", "resumable",
                "X-Goog-Upload-Command", "start", "X-Goog-Upload-Header-Content-Length", Long.toString(session.size()),
                "X-Goog-Upload-Header-Content-Type", session.mimeType == null ? "application/octet-stream" : session.mimeType,
                "Content-Type", "application/json");
        Reply started = local.handle(inbound("POST", "/upload/v1/files", "", startHeaders, start));
        String url = started instanceof Reply.Whole whole ? whole.headers().entrySet().stream()
                .filter(entry -> entry.getKey().equalsIgnoreCase("x-goog-upload-url"))
                .flatMap(entry -> entry.getValue().stream()).findFirst().orElse(null) : null;
        if (url == null) {
            return started;
        }
        String pathAndQuery = url.replaceFirst("^https?://[^/]+", "");
        int question = pathAndQuery.indexOf('?');
        Map<String, List<String>> chunkHeaders = Reply.headers("X-Goog-Upload-Command", "upload, finalize",
                "X-Goog-Upload-Offset", "0", "Content-Length", Long.toString(session.size()),
                "Content-Type", "application/octet-stream");
        try (InputStream bytes = Files.newInputStream(session.copy())) {
            return local.handle(new Inbound("POST", pathAndQuery.substring(0, question < 0 ? pathAndQuery.length() : question),
                    question < 0 ? "" : pathAndQuery.substring(question + 1), withKey(chunkHeaders), bytes));
        }
    }

    private Inbound inbound(String method, String path, String query, Map<String, List<String>> headers, byte[] body) {
        Map<String, List<String>> sent = withKey(headers);
        sent.put("Content-Length", List.of(Integer.toString(body.length)));
        return new Inbound(method, path, query, sent, new ByteArrayInputStream(body));
    }

    private Map<String, List<String>> withKey(Map<String, List<String>> headers) {
        Map<String, List<String>> sent = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        sent.putAll(headers);
        sent.remove("Host");
        sent.put("x-goog-api-key", List.of(apiKey));
        return sent;
    }

    private static List<JsonNode> parts(JsonNode body) {
        List<JsonNode> parts = new java.util.ArrayList<>();
        PromptFiles.eachObject(body, node -> {
            if (node.path("fileData").path("fileUri").isTextual()) {
                parts.add(node);
            }
        });
        return parts;
    }
}
