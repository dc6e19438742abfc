package dev.visionbook.engine;

import dev.visionbook.media.ImageProbe;
import dev.visionbook.media.MediaException;
import dev.visionbook.media.MediaKind;
import dev.visionbook.media.MediaTypes;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The answer to a prompt of text only (nothing to analyse): the prompt quoted back and a plain
 * statement that answering it needs the real service. Also lists any media parts' sizes.
 * Deterministic for the same input.
 */
public final class MeasurementReport {

    public String write(List<PromptPart> parts) {
        StringBuilder answer = new StringBuilder();
        answer.append("**Local visionbook server.** No language model runs here, so this answer only reports"
                + " what was measured in your request.\n\n");
        String prompt = parts.stream()
                .filter(PromptPart.Text.class::isInstance)
                .map(part -> ((PromptPart.Text) part).text().strip())
                .filter(text -> !text.isEmpty())
                .collect(Collectors.joining(" "));
        if (!prompt.isEmpty()) {
            answer.append("Prompt: \"").append(prompt.replace("\n", " ")).append("\"\n\n");
        }
        List<PromptPart.Media> media = parts.stream()
                .filter(PromptPart.Media.class::isInstance).map(PromptPart.Media.class::cast).toList();
        if (media.isEmpty()) {
            answer.append("The request holds text only; there is no image, video or audio to measure.\n\n");
        } else {
            answer.append("| # | Part | Type | Size | Measured |\n|---|---|---|---|---|\n");
            for (int i = 0; i < media.size(); i++) {
                PromptPart.Media part = media.get(i);
                answer.append("| ").append(i + 1).append(" | ").append(part.label()).append(" | ")
                        .append(part.mimeType()).append(" | ").append(size(part.sizeBytes())).append(" | ")
                        .append(measured(part)).append(" |\n");
            }
            answer.append('\n');
        }
        answer.append("To have a model answer this prompt, set GEMINI_API_KEY and run the same code against"
                + " the Gemini API.");
        return answer.toString();
    }

    private static String measured(PromptPart.Media part) {
        MediaKind kind = MediaTypes.kindOf(part.mimeType()).orElse(MediaKind.IMAGE);
        if (kind == MediaKind.IMAGE) {
            try {
                ImageProbe.ImageInfo info = ImageProbe.probe(part.content(), part.mimeType());
                return info.width() + " × " + info.height() + " px";
            } catch (MediaException e) {
                return "could not be read: " + e.getMessage();
            }
        }
        return part.measuredDuration().map(MeasurementReport::seconds).orElse("duration not measured");
    }

    static String seconds(Duration duration) {
        return String.format(Locale.ROOT, "%.1f s", duration.toMillis() / 1000.0);
    }

    static String size(long bytes) {
        if (bytes < 1024) {
            return bytes + " bytes";
        }
        if (bytes < 1024 * 1024) {
            return String.format(Locale.ROOT, "%.1f KB", bytes / 1024.0);
        }
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024));
    }
}
