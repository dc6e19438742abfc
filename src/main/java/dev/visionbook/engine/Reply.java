package dev.visionbook.engine;

import dev.visionbook.engine.answers.Answer;
import java.util.List;

/**
 * The engine's reply to a request, rendered once.
 *
 * @param text the answer as the response's text: Markdown, or JSON in JSON mode
 * @param json whether {@code text} is JSON
 * @param unmeasured the JSON paths of schema fields the engine could not measure (null or neutral
 *     in {@code text}); the server reports them in the {@code x-visionbook-unmeasured} header
 * @param answer the typed answer it was rendered from, or null for a text-only request
 */
public record Reply(String text, boolean json, List<String> unmeasured, Answer answer) {

    public Reply {
        unmeasured = List.copyOf(unmeasured);
    }
}
