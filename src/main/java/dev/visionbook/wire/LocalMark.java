package dev.visionbook.wire;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;

/**
 * Marks an answer of the local fallback as such: its {@code modelVersion} says so, and a text
 * answer starts with one line saying it (JSON answers keep their JSON whole).
 */
final class LocalMark {

    static final String MODEL_VERSION = "visionbook-local-engine (replay fallback)";

    private LocalMark() {
    }

    static Reply mark(Reply reply, boolean jsonAnswer, String cassette) {
        String note = "*(Answered by the local engine: " + cassette + " has no recorded answer for this prompt.)*\n\n";
        if (reply instanceof Reply.Whole whole && whole.status() == 200) {
            JsonNode body = Recorder.json(whole.body());
            return body == null ? whole : whole.withBody(GoogleErrors.pretty(marked(body, jsonAnswer ? null : note)));
        }
        if (reply instanceof Reply.Events events && events.status() == 200) {
            Reply.Events.Source source = events.source();
            return new Reply.Events(events.status(), events.headers(), new Reply.Events.Source() {
                private boolean first = true;

                @Override
                public Optional<String> next() throws java.io.IOException {
                    Optional<String> data = source.next();
                    if (data.isEmpty()) {
                        return data;
                    }
                    JsonNode chunk = Recorder.json(data.get().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                    String text = first && !jsonAnswer ? note : null;
                    first = false;
                    return chunk == null ? data : Optional.of(marked(chunk, text).toString());
                }

                @Override
                public void close() {
                    source.close();
                }
            }, events.cutAfter());
        }
        return reply;
    }

    private static JsonNode marked(JsonNode response, String note) {
        if (response instanceof ObjectNode object) {
            object.put("modelVersion", MODEL_VERSION);
            JsonNode part = object.path("candidates").path(0).path("content").path("parts").path(0);
            if (note != null && part instanceof ObjectNode first && first.path("text").isTextual()) {
                first.put("text", note + first.get("text").asText());
            }
        }
        return response;
    }
}
