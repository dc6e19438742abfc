package dev.visionbook.api;

import com.google.genai.types.File;
import dev.visionbook.display.Displayable;
import dev.visionbook.display.Markdown;
import dev.visionbook.display.MimeBundle;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * A file in the File API, as the service last described it. Immutable: {@link GenAI#getFile}
 * gives a fresh copy.
 *
 * <pre>{@code
 * UploadedFile file = genai.uploadFile("media/jetpack.png", "Jetpack drawing");
 * System.out.println(file.uri());
 * }</pre>
 */
public final class UploadedFile implements Displayable {

    private final File file;

    UploadedFile(File file) {
        this.file = file;
    }

    /** {@code files/abc123def456}. */
    public String name() {
        return file.name().orElse("");
    }

    public String displayName() {
        return file.displayName().orElse("");
    }

    public String mimeType() {
        return file.mimeType().orElse("");
    }

    public long sizeBytes() {
        return file.sizeBytes().orElse(0L);
    }

    /** The URI a prompt refers to the file by. */
    public String uri() {
        return file.uri().orElse("");
    }

    /** PROCESSING, ACTIVE or FAILED. */
    public String state() {
        return file.state().map(Object::toString).orElse("STATE_UNSPECIFIED");
    }

    public boolean isActive() {
        return state().equals("ACTIVE");
    }

    public boolean isProcessing() {
        return state().equals("PROCESSING");
    }

    public boolean isFailed() {
        return state().equals("FAILED");
    }

    /** Why the file FAILED, as the service says it. */
    public Optional<String> error() {
        return file.error().flatMap(status -> status.message());
    }

    public Optional<Instant> createTime() {
        return file.createTime();
    }

    public Optional<Instant> expirationTime() {
        return file.expirationTime();
    }

    public Optional<String> sha256Hash() {
        return file.sha256Hash();
    }

    /** The video's duration once the service has processed it. */
    public Optional<Duration> videoDuration() {
        return file.videoMetadata().map(metadata -> metadata.get("videoDuration")).map(Object::toString)
                .flatMap(UploadedFile::parseDuration);
    }

    /** The SDK's own object, for anything this class does not cover. */
    public File sdkFile() {
        return file;
    }

    /** The name with the display name, as messages show a file. */
    String label() {
        return displayName().isEmpty() ? name() : name() + " (" + displayName() + ")";
    }

    @Override
    public MimeBundle mimeBundle() {
        StringBuilder markdown = new StringBuilder("| | |\n|---|---|\n");
        for (Map.Entry<String, String> row : fields().entrySet()) {
            markdown.append("| ").append(row.getKey()).append(" | ").append(row.getValue().replace("|", "\\|"))
                    .append(" |\n");
        }
        return Markdown.of(markdown.toString()).mimeBundle().with("text/plain", toString());
    }

    private Map<String, String> fields() {
        Map<String, String> rows = new java.util.LinkedHashMap<>();
        rows.put("name", name());
        rows.put("display name", displayName());
        rows.put("MIME type", mimeType());
        rows.put("size", ServiceRules.size(sizeBytes()));
        rows.put("state", state() + error().map(reason -> ": " + reason).orElse(""));
        videoDuration().ifPresent(duration -> rows.put("video duration", new Timestamp(duration).format()));
        rows.put("uri", uri());
        createTime().ifPresent(time -> rows.put("created", time.toString()));
        expirationTime().ifPresent(time -> rows.put("expires", time.toString()));
        return rows;
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder();
        fields().forEach((key, value) -> text.append(key).append(": ").append(value).append('\n'));
        return text.toString().stripTrailing();
    }

    private static Optional<Duration> parseDuration(String text) {
        try {
            return Optional.of(Duration.ofNanos(Math.round(Double.parseDouble(text.replace("s", "")) * 1e9)));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
