package dev.visionbook.engine.question;

import java.util.Optional;

/**
 * One thing a question is about.
 *
 * @param phrase the words the prompt used ("the red motorbike"), for the answer to quote
 * @param name the head noun ("motorbike")
 * @param colour a colour the prompt gives it ("red"), or empty
 * @param target what the analyzers can find for it
 */
public record Subject(String phrase, String name, String colour, Target target) {

    public Optional<String> colourName() {
        return colour == null || colour.isEmpty() ? Optional.empty() : Optional.of(colour);
    }

    public static Subject anything(String phrase) {
        return new Subject(phrase, phrase, "", new Target.Anything());
    }

    public static Subject main() {
        return new Subject("it", "it", "", new Target.Main());
    }
}
