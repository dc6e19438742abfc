package dev.visionbook.api;

import com.google.genai.types.Candidate;
import com.google.genai.types.GenerateContentResponse;
import com.google.genai.types.GenerateContentResponseUsageMetadata;
import dev.visionbook.display.Displayable;
import dev.visionbook.display.Markdown;
import dev.visionbook.display.MimeBundle;
import java.util.List;
import java.util.Optional;

/**
 * A model's answer: its text (shown as Markdown), token usage and finish reason. A blocked or
 * empty answer is explained in words rather than left as an empty string.
 */
public final class Response implements Displayable {

    private final String text;
    private final String finishReason;
    private final TokenUsage usage;
    private final String problem;
    private final List<GenerateContentResponse> raw;

    private Response(String text, String finishReason, TokenUsage usage, String problem,
                     List<GenerateContentResponse> raw) {
        this.text = text;
        this.finishReason = finishReason;
        this.usage = usage;
        this.problem = problem;
        this.raw = raw;
    }

    /** One response, or the chunks of a stream in order. */
    static Response of(List<GenerateContentResponse> chunks) {
        StringBuilder text = new StringBuilder();
        for (GenerateContentResponse chunk : chunks) {
            String piece = chunk.text();
            if (piece != null) {
                text.append(piece);
            }
        }
        GenerateContentResponse last = chunks.isEmpty() ? null : chunks.get(chunks.size() - 1);
        String finish = last == null ? "NO_RESPONSE" : last.candidates().filter(list -> !list.isEmpty())
                .flatMap(list -> list.get(0).finishReason()).map(Object::toString).orElse("UNSPECIFIED");
        TokenUsage usage = chunks.stream().map(GenerateContentResponse::usageMetadata).flatMap(Optional::stream)
                .reduce((first, second) -> second).map(Response::usage).orElse(new TokenUsage(0, 0, 0));
        return new Response(text.toString(), finish, usage, problem(last, text.toString(), finish), List.copyOf(chunks));
    }

    /** The answer's text; empty when there is none (see {@link #problem()}). */
    public String text() {
        return text;
    }

    /** The text as Markdown, which a notebook renders. */
    public Markdown markdown() {
        return Markdown.of(problem().map(reason -> "*" + reason + "*\n\n").orElse("") + text);
    }

    /** STOP, MAX_TOKENS, SAFETY, … as the service reported it. */
    public String finishReason() {
        return finishReason;
    }

    public TokenUsage usage() {
        return usage;
    }

    /** Why the answer is blocked, cut short or empty, in words; empty when all is well. */
    public Optional<String> problem() {
        return Optional.ofNullable(problem);
    }

    /** The bounding boxes found in the answer, in the 0–1000 convention. */
    public List<BoundingBox> boxes() {
        return BoundingBoxes.parse(text);
    }

    /** The SDK's responses: one, or the chunks of a stream. */
    public List<GenerateContentResponse> raw() {
        return raw;
    }

    @Override
    public MimeBundle mimeBundle() {
        return markdown().mimeBundle().with("text/plain", toString());
    }

    @Override
    public String toString() {
        return problem().map(reason -> reason + (text.isEmpty() ? "" : "\n\n" + text)).orElse(text);
    }

    private static TokenUsage usage(GenerateContentResponseUsageMetadata metadata) {
        int prompt = metadata.promptTokenCount().orElse(0);
        int answer = metadata.candidatesTokenCount().orElse(0);
        return new TokenUsage(prompt, answer, metadata.totalTokenCount().orElse(prompt + answer));
    }

    private static String problem(GenerateContentResponse last, String text, String finish) {
        if (last == null) {
            return "The service sent no answer.";
        }
        Optional<String> blocked = last.promptFeedback().flatMap(feedback -> feedback.blockReason())
                .map(Object::toString);
        if (blocked.isPresent()) {
            return "The prompt was blocked (" + blocked.get() + "). Rephrase it or use other media.";
        }
        List<Candidate> candidates = last.candidates().orElse(List.of());
        if (candidates.isEmpty()) {
            return "The model returned no candidate answer.";
        }
        return switch (finish) {
            case "STOP", "UNSPECIFIED" -> text.isBlank() ? "The model's answer is empty." : null;
            case "MAX_TOKENS" -> "The answer was cut short at the output token limit.";
            case "SAFETY", "PROHIBITED_CONTENT", "BLOCKLIST", "SPII", "IMAGE_SAFETY" ->
                    "The answer was withheld for safety (" + finish + ").";
            case "RECITATION" -> "The answer was withheld because it recited existing content.";
            default -> "The answer ended early (" + finish + ").";
        };
    }
}
