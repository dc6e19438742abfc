package dev.visionbook.store;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * One file as the store records it. {@code project} identifies the API key that owns it; the
 * same {@code id} may exist in two projects.
 *
 * @param sha256Hex lowercase hex SHA-256 of the contents
 * @param errorMessage why the file FAILED, or null
 * @param videoDuration measured duration of a video or audio file, or null until measured
 */
public record StoredFile(
        String project,
        String id,
        String displayName,
        String mimeType,
        long sizeBytes,
        String sha256Hex,
        Instant createTime,
        Instant updateTime,
        Instant expirationTime,
        FileState state,
        String errorMessage,
        Duration videoDuration) {

    public String name() {
        return "files/" + id;
    }

    public Optional<Duration> measuredDuration() {
        return Optional.ofNullable(videoDuration);
    }
}
