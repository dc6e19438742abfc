package dev.visionbook.wire;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Answers from a cassette, with no backend: uploads of the same bytes get the recorded file
 * back, calls and streams whose meaning was recorded get the recorded answers in the recorded
 * order (the last one again once they run out), and anything else a clear miss, or the local
 * fallback's answer.
 *
 * <p>Threading: thread-safe; what has been replayed is counted under this object's lock.
 */
final class ReplayHandler implements WireHandler {

    private static final String GRANULARITY = Integer.toString(8 * 1024 * 1024);

    /** What a request must share with a recorded one to get its answer. */
    private record Key(String method, String path, String query, JsonNode meaning) {
        static Key of(Exchange.Request request) {
            return new Key(request.method(), request.path(), request.query(), PromptMeaning.meaning(request.body()));
        }
    }

    private final String cassette;
    private final Map<Key, List<Exchange>> answers = new LinkedHashMap<>();
    private final Map<Key, Integer> replayed = new ConcurrentHashMap<>();
    private final List<Exchange.Upload> uploads = new ArrayList<>();
    private final boolean[] uploadReplayed;
    private final Map<String, String> hashes = new ConcurrentHashMap<>();
    private final Map<String, ReplayUpload> sessions = new ConcurrentHashMap<>();
    private final Map<String, ReplayUpload> filesHere = new ConcurrentHashMap<>();
    private final Optional<LocalFallback> fallback;
    private final SecureRandom random = new SecureRandom();

    ReplayHandler(String cassette, List<Exchange> exchanges, Optional<LocalFallback> fallback) {
        this.cassette = cassette;
        this.fallback = fallback;
        for (Exchange exchange : exchanges) {
            if (exchange instanceof Exchange.Upload upload) {
                uploads.add(upload);
                String name = upload.response().body() == null ? "" : upload.response().body().path("file").path("name").asText("");
                if (!name.isEmpty() && upload.bytes().sha256() != null) {
                    hashes.put(PromptFiles.id(name), upload.bytes().sha256());
                }
            } else {
                answers.computeIfAbsent(Key.of(request(exchange)), key -> new ArrayList<>()).add(exchange);
            }
        }
        this.uploadReplayed = new boolean[uploads.size()];
    }

    int size() {
        return answers.values().stream().mapToInt(List::size).sum() + uploads.size();
    }

    @Override
    public Reply handle(Inbound request) throws IOException {
        if (Operation.of(request) == Operation.UPLOAD) {
            return upload(request);
        }
        Exchange.Request now = new Exchange.Request(request.method(), request.path(), request.queryWithoutKey(),
                PromptMeaning.recorded(Recorder.json(request.bytes()), hashes));
        Optional<Exchange> recorded = next(Key.of(now));
        if (recorded.isPresent()) {
            return reply(recorded.get());
        }
        Operation operation = Operation.of(request);
        if (fallback.isPresent() && (operation.prompts() || fallback.get().owns(PromptFiles.id(request.path())))) {
            return fallback.get().answer(request, filesHere);
        }
        return miss(now);
    }

    private synchronized Optional<Exchange> next(Key key) {
        List<Exchange> list = answers.get(key);
        if (list == null) {
            return Optional.empty();
        }
        int index = replayed.merge(key, 1, Integer::sum) - 1;
        return Optional.of(list.get(Math.min(index, list.size() - 1)));
    }

    private static Reply reply(Exchange exchange) {
        if (exchange instanceof Exchange.Stream stream) {
            Iterator<JsonNode> chunks = stream.chunks().iterator();
            return new Reply.Events(stream.status(), stream.headers(), new Reply.Events.Source() {
                @Override
                public Optional<String> next() {
                    return chunks.hasNext() ? Optional.of(chunks.next()).map(ReplayHandler::compact) : Optional.empty();
                }

                @Override
                public void close() {
                    // nothing held: the chunks are the cassette's
                }
            }, Optional.empty());
        }
        return whole(((Exchange.Call) exchange).response());
    }

    static Reply.Whole whole(Exchange.Response response) {
        Map<String, List<String>> headers = new LinkedHashMap<>(response.headers() == null ? Map.of() : response.headers());
        String body = response.body() != null ? GoogleErrors.pretty(response.body())
                : response.text() != null ? response.text() : "";
        if (headers.keySet().stream().noneMatch(name -> name.equalsIgnoreCase("content-type")) && response.body() != null) {
            headers.put("Content-Type", List.of("application/json; charset=UTF-8"));
        }
        return Reply.Whole.json(response.status(), headers, body);
    }

    private Reply upload(Inbound request) throws IOException {
        List<String> commands = request.uploadCommands();
        if (commands.contains("start")) {
            String id = Long.toString(random.nextLong() & Long.MAX_VALUE, 36) + Long.toString(System.nanoTime(), 36);
            sessions.put(id, new ReplayUpload(Recorder.json(request.bytes()),
                    request.header("X-Goog-Upload-Header-Content-Type").orElse(null),
                    request.header("X-Goog-Upload-File-Name").orElse(null), fallback.isPresent()));
            String url = "http://" + request.header("Host").orElse("127.0.0.1") + request.path() + "?upload_id=" + id
                    + "&upload_protocol=resumable";
            return new Reply.Whole(200, Reply.headers("X-Goog-Upload-Status", "active", "X-Goog-Upload-URL", url,
                    "X-Goog-Upload-Chunk-Granularity", GRANULARITY, "X-GUploader-UploadID", id), new byte[0]);
        }
        ReplayUpload session = request.queryParameter("upload_id").map(sessions::get).orElse(null);
        if (session == null) {
            return GoogleErrors.notFound("visionbook replay: this upload was not started here (no upload_id "
                    + request.queryParameter("upload_id").orElse("given") + "). Start the upload again.");
        }
        if (commands.contains("query")) {
            return new Reply.Whole(200, Reply.headers("X-Goog-Upload-Status", "active", "X-Goog-Upload-Size-Received",
                    Long.toString(session.size())), new byte[0]);
        }
        session.append(request.stream());
        if (!commands.contains("finalize")) {
            return new Reply.Whole(200, Reply.headers("X-Goog-Upload-Status", "active"), new byte[0]);
        }
        sessions.remove(request.queryParameter("upload_id").get());
        Optional<Exchange.Upload> recorded = recordedUpload(session.sha256());
        if (recorded.isPresent()) {
            Exchange.Response response = recorded.get().response();
            String name = response.body() == null ? "" : response.body().path("file").path("name").asText("");
            if (!name.isEmpty()) {
                filesHere.put(PromptFiles.id(name), session);
            }
            Reply.Whole whole = whole(response);
            if (whole.headers().keySet().stream().noneMatch(header -> header.equalsIgnoreCase("X-Goog-Upload-Status"))) {
                whole.headers().put("X-Goog-Upload-Status", List.of("final"));
            }
            return whole;
        }
        if (fallback.isPresent()) {
            Reply reply = fallback.get().upload(session);
            if (reply instanceof Reply.Whole whole) {
                String name = Optional.ofNullable(Recorder.json(whole.body())).map(body -> body.path("file").path("name")
                        .asText("")).orElse("");
                if (!name.isEmpty()) {
                    hashes.put(PromptFiles.id(name), session.sha256());
                }
            }
            return reply;
        }
        Reply.Whole miss = GoogleErrors.notFound(uploadMiss(session));
        miss.headers().put("X-Goog-Upload-Status", List.of("final"));
        return miss;
    }

    /** The first recorded upload of these bytes not yet replayed, else the last one of them again. */
    private synchronized Optional<Exchange.Upload> recordedUpload(String sha256) {
        int last = -1;
        for (int i = 0; i < uploads.size(); i++) {
            if (sha256.equals(uploads.get(i).bytes().sha256())) {
                if (!uploadReplayed[i]) {
                    uploadReplayed[i] = true;
                    return Optional.of(uploads.get(i));
                }
                last = i;
            }
        }
        return last < 0 ? Optional.empty() : Optional.of(uploads.get(last));
    }

    private String uploadMiss(ReplayUpload session) {
        String got = String.format(Locale.ROOT, "sha256 %s…, %,d bytes, %s%s%s", session.sha256().substring(0, 12),
                session.size(), session.mimeType, session.fileName == null ? "" : ", " + session.fileName,
                session.displayName() == null ? "" : ", \"" + session.displayName() + "\"");
        String text = "visionbook replay: no upload in " + cassette + " has these bytes (" + got + ").";
        Optional<Exchange.Upload> nearest = uploads.stream().max(java.util.Comparator.comparingInt(upload ->
                (java.util.Objects.equals(upload.bytes().fileName(), session.fileName) ? 4 : 0)
                        + (java.util.Objects.equals(displayName(upload), session.displayName()) ? 2 : 0)
                        + (java.util.Objects.equals(upload.bytes().mimeType(), session.mimeType) ? 1 : 0)));
        if (nearest.isPresent()) {
            Exchange.UploadedBytes bytes = nearest.get().bytes();
            String label = java.util.stream.Stream.of(bytes.fileName(), displayName(nearest.get()) == null ? null
                    : "\"" + displayName(nearest.get()) + "\"").filter(java.util.Objects::nonNull)
                    .collect(java.util.stream.Collectors.joining(" "));
            text += String.format(Locale.ROOT, " The nearest recorded upload (exchange %d) was %s, %s, %,d bytes,"
                            + " sha256 %s…: if it is the same file, it changed since it was recorded.", nearest.get().n(),
                    label.isEmpty() ? "a file" : label, bytes.mimeType(), bytes.sizeBytes(),
                    bytes.sha256() == null ? "?" : bytes.sha256().substring(0, 12));
        }
        return text + " Record the cassette again (VISIONBOOK_RECORD), or replay with --replay-fallback local"
                + " (VISIONBOOK_REPLAY_FALLBACK=local) to send it to the local server.";
    }

    private static String displayName(Exchange.Upload upload) {
        return upload.start() == null ? null : upload.start().path("file").path("displayName").asText(null);
    }

    private Reply miss(Exchange.Request now) {
        List<Exchange.Request> recorded = answers.values().stream().flatMap(List::stream).map(ReplayHandler::request).toList();
        StringBuilder text = new StringBuilder("visionbook replay: no recorded answer in " + cassette + " for "
                + now.method() + " " + now.path() + (now.query() == null ? "" : "?" + now.query()) + ".");
        Optional<Exchange.Request> nearest = MissReport.nearest(now, recorded);
        if (nearest.isPresent()) {
            text.append(" The nearest recorded request differs in:");
            MissReport.differences(nearest.get(), now).forEach(line -> text.append("\n  ").append(line));
            text.append("\n");
        } else {
            text.append(" The cassette has no ").append(now.method()).append(" requests. ");
        }
        text.append("Record the cassette again (VISIONBOOK_RECORD), or replay with --replay-fallback local"
                + " (VISIONBOOK_REPLAY_FALLBACK=local) to have the local engine answer what was not recorded.");
        return GoogleErrors.notFound(text.toString());
    }

    private static Exchange.Request request(Exchange exchange) {
        return exchange instanceof Exchange.Call call ? call.request() : ((Exchange.Stream) exchange).request();
    }


    private static String compact(JsonNode node) {
        return node.isTextual() ? node.asText() : node.toString();
    }
}
