package dev.visionbook.wire;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the loopback server sends back for one request: a whole body, a stream of server-sent
 * events, or nothing at all (the connection dropped, as a network does). Handlers return
 * replies rather than writing them, so that faults and the recorder can look at and change them.
 */
sealed interface Reply {

    /** A complete answer. Headers keep their order and repeats ({@code Vary} is sent three times). */
    record Whole(int status, Map<String, List<String>> headers, byte[] body) implements Reply {

        static Whole json(int status, Map<String, List<String>> headers, String body) {
            return new Whole(status, headers, body.getBytes(StandardCharsets.UTF_8));
        }

        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }

        Whole withBody(String newBody) {
            return new Whole(status, headers, newBody.getBytes(StandardCharsets.UTF_8));
        }
    }

    /**
     * A {@code text/event-stream} answer, one event per {@link Events.Source#next()}, each written
     * as {@code data: …} and flushed at once.
     *
     * @param cutAfter when set, the connection drops after this many events instead of ending
     */
    record Events(int status, Map<String, List<String>> headers, Source source, Optional<Integer> cutAfter)
            implements Reply {

        /** The events' data, pulled one at a time (from the backend as they arrive, or from a cassette). */
        interface Source extends AutoCloseable {
            /** The next event's data, or empty at the end. */
            Optional<String> next() throws IOException;

            @Override
            void close();
        }

        Events cutAfter(int events) {
            return new Events(status, headers, source, Optional.of(events));
        }
    }

    /** No answer: read {@code readFirst} bytes of the request body (all when negative), then drop the connection. */
    record Drop(long readFirst) implements Reply {
    }

    static Map<String, List<String>> headers(String... namesAndValues) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            headers.computeIfAbsent(namesAndValues[i], name -> new java.util.ArrayList<>()).add(namesAndValues[i + 1]);
        }
        return headers;
    }
}
