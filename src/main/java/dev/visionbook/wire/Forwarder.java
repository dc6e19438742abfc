package dev.visionbook.wire;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Passes each request on to a backend and its answer back, streaming both ways: upload chunks
 * are never held in memory, and server-sent events are handed on as they arrive.
 *
 * <p>Threading: thread-safe; the JDK's HTTP client is shared.
 */
final class Forwarder implements WireHandler {

    /** Hop-by-hop headers, those the JDK client sets itself, and gzip (answers pass through as they are). */
    private static final Set<String> NOT_FORWARDED = Set.of("host", "content-length", "connection", "keep-alive",
            "transfer-encoding", "expect", "upgrade", "te", "trailer", "accept-encoding", "date", "from", "via",
            "warning", "proxy-connection");
    private static final Set<String> NOT_RETURNED = Set.of("content-length", "connection", "keep-alive",
            "transfer-encoding", "content-encoding", ":status");

    private final String upstream;
    private final HttpClient http;

    /** @param upstream the backend's base URL, for example {@code https://generativelanguage.googleapis.com} */
    Forwarder(String upstream) {
        this.upstream = upstream.endsWith("/") ? upstream.substring(0, upstream.length() - 1) : upstream;
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(30)).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    String upstream() {
        return upstream;
    }

    @Override
    public Reply handle(Inbound request) throws IOException {
        HttpRequest.Builder out = HttpRequest.newBuilder(URI.create(upstream + request.path()
                + (request.query().isEmpty() ? "" : "?" + request.query())));
        request.headers().forEach((name, values) -> {
            if (!NOT_FORWARDED.contains(name.toLowerCase(Locale.ROOT))) {
                values.forEach(value -> out.header(name, value));
            }
        });
        long length = request.contentLength();
        HttpRequest.BodyPublisher body = length == 0 || (length < 0 && !hasBody(request))
                ? HttpRequest.BodyPublishers.noBody()
                : length > 0 ? HttpRequest.BodyPublishers.fromPublisher(
                        HttpRequest.BodyPublishers.ofInputStream(request::stream), length)
                : HttpRequest.BodyPublishers.ofByteArray(request.bytes());
        out.method(request.method(), body);
        HttpResponse<InputStream> response;
        try {
            response = http.send(out.build(), HttpResponse.BodyHandlers.ofInputStream());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while waiting for " + upstream, e);
        } catch (IOException e) {
            throw new IOException("the backend at " + upstream + " did not answer (" + e + ")", e);
        }
        Map<String, List<String>> headers = new LinkedHashMap<>();
        String here = "http://" + request.header("Host").orElse("127.0.0.1");
        response.headers().map().forEach((name, values) -> {
            String lower = name.toLowerCase(Locale.ROOT);
            if (lower.startsWith("x-goog-upload-") && lower.endsWith("-url")) {
                // the next chunks must come through here too, whatever client sends them
                headers.put(name, values.stream().map(url -> url.replaceFirst("^https?://[^/]+", here)).toList());
            } else if (!NOT_RETURNED.contains(lower)) {
                headers.put(name, values);
            }
        });
        boolean events = response.headers().firstValue("content-type").orElse("").startsWith("text/event-stream");
        if (events && response.statusCode() == 200) {
            return new Reply.Events(response.statusCode(), headers, new EventReader(response.body()), Optional.empty());
        }
        try (InputStream in = response.body()) {
            return new Reply.Whole(response.statusCode(), headers, in.readAllBytes());
        }
    }

    private static boolean hasBody(Inbound request) {
        return request.header("Transfer-Encoding").isPresent();
    }

    /** Server-sent events from a backend, one event's data at a time ({@code data:} lines joined). */
    static final class EventReader implements Reply.Events.Source {

        private final BufferedReader lines;

        EventReader(InputStream body) {
            this.lines = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8));
        }

        @Override
        public Optional<String> next() throws IOException {
            StringBuilder data = new StringBuilder();
            String line;
            while ((line = lines.readLine()) != null) {
                if (line.isEmpty()) {
                    if (data.length() > 0) {
                        return Optional.of(data.toString());
                    }
                } else if (line.startsWith("data:")) {
                    if (data.length() > 0) {
                        data.append('\n');
                    }
                    data.append(line.substring(line.startsWith("data: ") ? 6 : 5));
                }
            }
            return data.length() > 0 ? Optional.of(data.toString()) : Optional.empty();
        }

        @Override
        public void close() {
            try {
                lines.close();
            } catch (IOException ignored) {
                // the backend's side of a finished stream: nothing left to do with it
            }
        }
    }
}
