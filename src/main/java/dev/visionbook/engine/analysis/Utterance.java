package dev.visionbook.engine.analysis;

import java.util.List;

/** A stretch of speech between pauses, as the recogniser split it. */
public record Utterance(double start, double end, List<Word> words) {

    public String text() {
        return String.join(" ", words.stream().map(Word::text).toList());
    }
}
