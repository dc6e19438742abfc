package dev.visionbook.engine;

import java.util.List;

/**
 * What the local server answers with: Markdown written from real measurements of the prompt's
 * media, and token counts by the service's rules. Deterministic for the same input. Thread-safe.
 */
public final class LocalEngine {

    private final TokenCounter tokens = new TokenCounter();
    private final MeasurementReport report = new MeasurementReport();

    /** The answer to a prompt, as Markdown. */
    public String answer(List<PromptPart> parts) {
        return report.write(parts);
    }

    public TokenCount countTokens(List<PromptPart> parts) {
        return tokens.count(parts);
    }

    public int countTextTokens(String text) {
        return tokens.textTokens(text);
    }
}
