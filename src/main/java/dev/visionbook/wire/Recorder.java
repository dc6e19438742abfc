package dev.visionbook.wire;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Passes each request on and writes the exchange to a cassette: calls and streams by their
 * meaning, resumable uploads as one exchange each with the bytes' SHA-256 (hashed as they pass,
 * never stored). Request headers are never written, and every key seen is blanked.
 *
 * <p>Threading: thread-safe; upload sessions and file hashes sit in concurrent maps.
 */
final class Recorder implements WireHandler {

    private static final Logger LOG = LoggerFactory.getLogger(Recorder.class);
    /** Headers that change from answer to answer, or that a replay makes anew. */
    private static final Set<String> UNRECORDED = Set.of("date", "content-length", "server-timing", "alt-svc",
            "set-cookie", "x-goog-upload-url", "x-goog-upload-control-url", "x-guploader-uploadid", "expires",
            "transfer-encoding", "connection", "keep-alive");

    private final WireHandler next;
    private final Cassette cassette;
    private final AtomicInteger numbers = new AtomicInteger();
    private final Set<String> secrets = ConcurrentHashMap.newKeySet();
    private final Map<String, String> hashes = new ConcurrentHashMap<>();
    private final Map<String, UploadSession> uploads = new ConcurrentHashMap<>();

    Recorder(WireHandler next, Cassette cassette) {
        this.next = next;
        this.cassette = cassette;
    }

    @Override
    public Reply handle(Inbound request) throws IOException {
        request.header("x-goog-api-key").ifPresent(secrets::add);
        request.queryParameter("key").ifPresent(secrets::add);
        if (Operation.of(request) == Operation.UPLOAD) {
            return upload(request);
        }
        int n = numbers.incrementAndGet();
        Exchange.Request recorded = new Exchange.Request(request.method(), request.path(), request.queryWithoutKey(),
                PromptMeaning.recorded(json(request.bytes()), hashes));
        Reply reply = next.handle(request);
        if (reply instanceof Reply.Events events) {
            List<JsonNode> chunks = new ArrayList<>();
            Reply.Events.Source source = events.source();
            return new Reply.Events(events.status(), events.headers(), new Reply.Events.Source() {
                @Override
                public Optional<String> next() throws IOException {
                    Optional<String> data = source.next();
                    data.ifPresent(text -> chunks.add(Cassette.JSON.valueToTree(jsonOrText(text))));
                    return data;
                }

                @Override
                public void close() {
                    source.close();
                    add(new Exchange.Stream(n, cassette.notebook(), recorded, events.status(), kept(events.headers()), chunks));
                }
            }, events.cutAfter());
        }
        if (reply instanceof Reply.Whole whole) {
            add(new Exchange.Call(n, cassette.notebook(), recorded, response(whole)));
        }
        return reply;
    }

    private Reply upload(Inbound request) throws IOException {
        List<String> commands = request.uploadCommands();
        if (commands.contains("start")) {
            int n = numbers.incrementAndGet();
            JsonNode start = json(request.bytes());
            Reply reply = next.handle(request);
            if (reply instanceof Reply.Whole whole && whole.status() == 200) {
                Optional<String> id = header(whole, "x-goog-upload-url").flatMap(Recorder::uploadId);
                id.ifPresent(key -> uploads.put(key, new UploadSession(n, request.path(), start,
                        request.header("X-Goog-Upload-Header-Content-Type").orElse(null),
                        request.header("X-Goog-Upload-File-Name").orElse(null))));
            }
            return reply;
        }
        Optional<String> id = request.queryParameter("upload_id");
        UploadSession session = id.map(uploads::get).orElse(null);
        if (session == null || !commands.contains("upload")) {
            return next.handle(request);
        }
        long offset = request.header("X-Goog-Upload-Offset").map(String::strip).map(Long::parseLong).orElse(-1L);
        MessageDigest chunk = session.digestFrom(offset);
        long[] counted = {0};
        if (chunk != null) {
            request.replaceStream(new DigestInputStream(request.stream(), chunk) {
                @Override
                public int read(byte[] buffer, int from, int length) throws IOException {
                    int n = super.read(buffer, from, length);
                    counted[0] += Math.max(0, n);
                    return n;
                }
            });
        }
        Reply reply = next.handle(request);
        if (reply instanceof Reply.Whole whole && whole.status() == 200) {
            session.accept(chunk, counted[0]);
        }
        if (commands.contains("finalize") && reply instanceof Reply.Whole whole) {
            uploads.remove(id.get());
            JsonNode body = json(whole.body());
            String sha256 = session.sha256().or(() -> serverHash(body)).orElse(null);
            String name = body == null ? "" : body.path("file").path("name").asText("");
            if (sha256 != null && !name.isEmpty()) {
                hashes.put(PromptFiles.id(name), sha256);
            }
            long size = session.sha256().isPresent() ? session.hashed
                    : body == null ? -1 : body.path("file").path("sizeBytes").asLong(-1);
            add(new Exchange.Upload(session.n, cassette.notebook(), session.path, session.start,
                    new Exchange.UploadedBytes(sha256, size, session.mimeType, session.fileName), response(whole)));
        }
        return reply;
    }

    private void add(Exchange exchange) {
        try {
            cassette.add(exchange, secrets);
        } catch (IOException e) {
            LOG.error("Could not write exchange {} to the cassette: {}", exchange.n(), e.toString());
        }
    }

    static Exchange.Response response(Reply.Whole whole) {
        JsonNode body = json(whole.body());
        return new Exchange.Response(whole.status(), kept(whole.headers()), body,
                body == null && whole.body().length > 0 ? whole.text() : null);
    }

    private static Map<String, List<String>> kept(Map<String, List<String>> headers) {
        Map<String, List<String>> kept = new LinkedHashMap<>();
        headers.forEach((name, values) -> {
            if (!UNRECORDED.contains(name.toLowerCase(Locale.ROOT))) {
                kept.put(name, values);
            }
        });
        return kept;
    }


    static JsonNode json(byte[] body) {
        if (body == null || body.length == 0) {
            return null;
        }
        try {
            return Cassette.JSON.readTree(body);
        } catch (IOException e) {
            return null;
        }
    }

    private static Object jsonOrText(String text) {
        JsonNode node = json(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return node != null ? node : text;
    }

    private static Optional<String> header(Reply.Whole whole, String name) {
        return whole.headers().entrySet().stream().filter(entry -> entry.getKey().equalsIgnoreCase(name))
                .flatMap(entry -> entry.getValue().stream()).findFirst();
    }

    private static Optional<String> uploadId(String url) {
        int query = url.indexOf('?');
        return query < 0 ? Optional.empty()
                : new Inbound("POST", "", url.substring(query + 1), Map.of(), null).queryParameter("upload_id");
    }

    /** The service's {@code sha256Hash}: base64 of the hex digest (or of the raw digest, from older versions). */
    private static Optional<String> serverHash(JsonNode body) {
        String base64 = body == null ? "" : body.path("file").path("sha256Hash").asText("");
        if (base64.isEmpty()) {
            return Optional.empty();
        }
        byte[] decoded = Base64.getDecoder().decode(base64);
        String text = new String(decoded, java.nio.charset.StandardCharsets.US_ASCII);
        return Optional.of(text.matches("[0-9a-f]{64}") ? text : HexFormat.of().formatHex(decoded));
    }

    /** One upload between its start and its final chunk; chunks count only once the backend took them. */
    private static final class UploadSession {
        final int n;
        final String path;
        final JsonNode start;
        final String mimeType;
        final String fileName;
        private MessageDigest digest = PromptMeaning.digest();
        private long hashed;
        private boolean broken;
        private String sha256;

        UploadSession(int n, String path, JsonNode start, String mimeType, String fileName) {
            this.n = n;
            this.path = path;
            this.start = start;
            this.mimeType = mimeType;
            this.fileName = fileName;
        }

        /** A copy of the digest so far to hash a chunk into, or null when the chunk is not the next one. */
        synchronized MessageDigest digestFrom(long offset) {
            if (broken || offset != hashed) {
                broken = true;
                return null;
            }
            try {
                return (MessageDigest) digest.clone();
            } catch (CloneNotSupportedException e) {
                broken = true;
                return null;
            }
        }

        synchronized void accept(MessageDigest chunk, long length) {
            if (chunk != null && !broken) {
                digest = chunk;
                hashed += length;
            }
        }

        /** The hash of every byte taken, once the last chunk is in; empty when a chunk came out of order. */
        synchronized Optional<String> sha256() {
            if (broken) {
                return Optional.empty();
            }
            if (sha256 == null) {
                sha256 = HexFormat.of().formatHex(digest.digest());
            }
            return Optional.of(sha256);
        }
    }
}
