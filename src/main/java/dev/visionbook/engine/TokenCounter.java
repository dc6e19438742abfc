package dev.visionbook.engine;

import dev.visionbook.media.MediaKind;
import dev.visionbook.media.MediaTypes;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Counts tokens by the Gemini API's published rules: 258 per image; a video 258 per sampled
 * frame (1 fps unless the prompt sets another rate) plus 32 per second of audio; audio alone 32 per
 * second; text about four characters per token.
 */
public final class TokenCounter {

    public static final int TOKENS_PER_IMAGE = 258;
    public static final int TOKENS_PER_FRAME = 258;
    public static final int AUDIO_TOKENS_PER_SECOND = 32;
    private static final int CHARACTERS_PER_TOKEN = 4;

    public TokenCount count(List<PromptPart> parts) {
        Map<String, Integer> byModality = new LinkedHashMap<>();
        for (PromptPart part : parts) {
            if (part instanceof PromptPart.Text text) {
                byModality.merge("TEXT", textTokens(text.text()), Integer::sum);
            } else if (part instanceof PromptPart.Media media) {
                countMedia(media, byModality);
            }
        }
        int total = byModality.values().stream().mapToInt(Integer::intValue).sum();
        return new TokenCount(total, byModality);
    }

    /** Generated text is counted with the same rule as prompt text. */
    public int textTokens(String text) {
        int characters = text.codePointCount(0, text.length());
        return (characters + CHARACTERS_PER_TOKEN - 1) / CHARACTERS_PER_TOKEN;
    }

    private static void countMedia(PromptPart.Media media, Map<String, Integer> byModality) {
        MediaKind kind = MediaTypes.kindOf(media.mimeType()).orElse(MediaKind.IMAGE);
        Duration whole = media.measuredDuration().orElse(Duration.ZERO);
        double seconds = media.clip().lengthOf(whole).toMillis() / 1000.0;
        switch (kind) {
            case IMAGE -> byModality.merge("IMAGE", TOKENS_PER_IMAGE, Integer::sum);
            case VIDEO -> {
                int frames = (int) Math.ceil(seconds * media.clip().fps());
                byModality.merge("VIDEO", frames * TOKENS_PER_FRAME, Integer::sum);
                byModality.merge("AUDIO", (int) Math.ceil(seconds) * AUDIO_TOKENS_PER_SECOND, Integer::sum);
            }
            case AUDIO -> byModality.merge("AUDIO", (int) Math.ceil(seconds) * AUDIO_TOKENS_PER_SECOND, Integer::sum);
        }
    }
}
