package dev.visionbook.api;

/** Tokens a request used, as the service reported them. */
public record TokenUsage(int prompt, int answer, int total) {

    @Override
    public String toString() {
        return prompt + " prompt + " + answer + " answer = " + total + " tokens";
    }
}
