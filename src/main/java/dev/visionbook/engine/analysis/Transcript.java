package dev.visionbook.engine.analysis;

import java.util.List;

/**
 * What speech recognition heard.
 *
 * @param recogniser which recogniser and model, for the answer to name
 * @param utterances in time order
 * @param unavailable why there is no transcript (no audio, recogniser missing), or null
 * @param realTimeFactor recognition time divided by audio length
 */
public record Transcript(String recogniser, List<Utterance> utterances, String unavailable, double realTimeFactor) {

    public static Transcript none(String why) {
        return new Transcript("", List.of(), why, 0);
    }

    public List<Word> words() {
        return utterances.stream().flatMap(u -> u.words().stream()).toList();
    }

    public String text() {
        return String.join(" ", utterances.stream().map(Utterance::text).toList());
    }
}
