package dev.visionbook.engine;

import java.util.Map;

/**
 * Tokens of a prompt by modality, as {@code usageMetadata.promptTokensDetails} reports them.
 *
 * @param byModality TEXT, IMAGE, VIDEO, AUDIO to their token counts, in insertion order
 */
public record TokenCount(int total, Map<String, Integer> byModality) {
}
