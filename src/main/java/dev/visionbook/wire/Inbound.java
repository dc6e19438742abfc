package dev.visionbook.wire;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A request as it arrived: method, path, raw query, headers (names compared without case) and
 * its body, read once, either whole ({@link #bytes()}) or as a stream (upload chunks, which may
 * be gigabytes).
 */
final class Inbound {

    private final String method;
    private final String path;
    private final String query;
    private final Map<String, List<String>> headers;
    private InputStream body;
    private byte[] bytes;

    Inbound(String method, String path, String query, Map<String, List<String>> headers, InputStream body) {
        this.method = method;
        this.path = path;
        this.query = query == null ? "" : query;
        this.headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        this.headers.putAll(headers);
        this.body = body;
    }

    String method() {
        return method;
    }

    String path() {
        return path;
    }

    /** The raw query string without {@code ?}, empty when there is none. */
    String query() {
        return query;
    }

    Map<String, List<String>> headers() {
        return headers;
    }

    Optional<String> header(String name) {
        List<String> values = headers.get(name);
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    /** The value of {@code name} in the query, if given. */
    Optional<String> queryParameter(String name) {
        for (String pair : query.split("&")) {
            int equals = pair.indexOf('=');
            String key = equals < 0 ? pair : pair.substring(0, equals);
            if (key.equals(name)) {
                return Optional.of(equals < 0 ? "" : java.net.URLDecoder.decode(pair.substring(equals + 1),
                        java.nio.charset.StandardCharsets.UTF_8));
            }
        }
        return Optional.empty();
    }

    /** The query as a cassette keeps it: without a {@code key=} parameter; null when nothing else is left. */
    String queryWithoutKey() {
        String kept = java.util.Arrays.stream(query.split("&")).filter(pair -> !pair.isEmpty() && !pair.startsWith("key="))
                .collect(java.util.stream.Collectors.joining("&"));
        return kept.isEmpty() ? null : kept;
    }

    /** The X-Goog-Upload-Command words, lower case: {@code start}, {@code upload}, {@code finalize}, {@code query}. */
    List<String> uploadCommands() {
        return header("X-Goog-Upload-Command").map(value -> List.of(value.toLowerCase(Locale.ROOT).split("\\s*,\\s*")))
                .orElse(List.of());
    }

    long contentLength() {
        return header("Content-Length").map(value -> {
            try {
                return Long.parseLong(value.strip());
            } catch (NumberFormatException e) {
                return -1L;
            }
        }).orElse(-1L);
    }

    /** The whole body, read on first call. */
    byte[] bytes() throws IOException {
        if (bytes == null) {
            bytes = body.readAllBytes();
            body = InputStream.nullInputStream();
        }
        return bytes;
    }

    /** The body as a stream; after {@link #bytes()}, a stream over the bytes read. */
    InputStream stream() {
        return bytes != null ? new java.io.ByteArrayInputStream(bytes) : body;
    }

    /** Replaces the body stream, for a tap that counts or hashes the bytes as they pass. */
    void replaceStream(InputStream tapped) {
        this.body = tapped;
    }

    @Override
    public String toString() {
        return method + " " + path + (query.isEmpty() ? "" : "?" + query);
    }
}
