package dev.visionbook.engine;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A generateContent request as the engine reads it: every turn of {@code contents} with its role,
 * the {@code systemInstruction}'s text, and the generation config. Built once by the server, with
 * each media part carrying what the store already knows (kind, SHA-256, size, duration, clip).
 *
 * <pre>{@code
 * EngineRequest request = EngineRequest.of(List.of(new PromptPart.Text("What colour is the cat?"), photo));
 * Reply reply = engine.reply(request);
 * }</pre>
 *
 * @param turns the conversation in order; the last user turn holds the question
 * @param systemInstruction the system instruction's text, or empty
 * @param config how the answer must be shaped
 */
public record EngineRequest(List<Turn> turns, String systemInstruction, GenerationConfig config) {

    /** Who wrote a turn. */
    public enum Role { USER, MODEL }

    /** One entry of {@code contents}. */
    public record Turn(Role role, List<PromptPart> parts) {

        public Turn {
            parts = List.copyOf(parts);
        }

        /** The turn's text parts, joined by spaces. */
        public String text() {
            return parts.stream().filter(PromptPart.Text.class::isInstance)
                    .map(part -> ((PromptPart.Text) part).text().strip()).filter(text -> !text.isEmpty())
                    .collect(Collectors.joining(" "));
        }

        public List<PromptPart.Media> media() {
            return parts.stream().filter(PromptPart.Media.class::isInstance).map(PromptPart.Media.class::cast)
                    .toList();
        }
    }

    public EngineRequest {
        turns = List.copyOf(turns);
        systemInstruction = systemInstruction == null ? "" : systemInstruction.strip();
        config = config == null ? GenerationConfig.DEFAULT : config;
    }

    /** One user turn of {@code parts}, no system instruction, the default config. */
    public static EngineRequest of(List<PromptPart> parts) {
        return new EngineRequest(List.of(new Turn(Role.USER, parts)), "", GenerationConfig.DEFAULT);
    }

    /** Every part of every turn, in order (what countTokens counts). */
    public List<PromptPart> allParts() {
        return turns.stream().flatMap(turn -> turn.parts().stream()).toList();
    }

    /**
     * The media the question is about: those of the last user turn, or, when it has none (a
     * follow-up such as "What colour is it?"), those of the latest earlier turn that had some.
     */
    public List<PromptPart.Media> media() {
        for (int i = turns.size() - 1; i >= 0; i--) {
            if (turns.get(i).role() == Role.USER && !turns.get(i).media().isEmpty()) {
                return turns.get(i).media();
            }
        }
        return List.of();
    }

    /** The last user turn's text: the question asked now. */
    public String question() {
        for (int i = turns.size() - 1; i >= 0; i--) {
            if (turns.get(i).role() == Role.USER) {
                return turns.get(i).text();
            }
        }
        return "";
    }

    /** The user turns before the last one, newest first: where a follow-up finds its subject. */
    public List<String> earlierQuestions() {
        List<String> earlier = new java.util.ArrayList<>();
        boolean last = true;
        for (int i = turns.size() - 1; i >= 0; i--) {
            if (turns.get(i).role() == Role.USER) {
                if (!last) {
                    earlier.add(turns.get(i).text());
                }
                last = false;
            }
        }
        return earlier;
    }
}
