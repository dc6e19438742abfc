package dev.visionbook.store;

import java.time.Duration;

/**
 * Limits the store enforces; the defaults are the Gemini File API's.
 *
 * @param maxFileBytes largest single file
 * @param maxProjectBytes total size of one project's live files and unfinished uploads
 * @param fileLifetime time from creation to expiry
 * @param abandonedUploadLifetime idle time after which an unfinished upload session is dropped
 * @param maxOpenUploads unfinished upload sessions one project may hold at once
 */
public record StoreLimits(long maxFileBytes, long maxProjectBytes, Duration fileLifetime,
                          Duration abandonedUploadLifetime, int maxOpenUploads) {

    public static final long GB = 1024L * 1024 * 1024;

    public StoreLimits {
        if (fileLifetime.isNegative() || fileLifetime.isZero()) {
            throw new IllegalArgumentException("The file lifetime must be positive, not " + fileLifetime + ".");
        }
    }

    public static StoreLimits service() {
        return new StoreLimits(2 * GB, 20 * GB, Duration.ofHours(48), Duration.ofHours(24), 1000);
    }

    public StoreLimits withMaxFileBytes(long bytes) {
        return new StoreLimits(bytes, maxProjectBytes, fileLifetime, abandonedUploadLifetime, maxOpenUploads);
    }

    public StoreLimits withMaxProjectBytes(long bytes) {
        return new StoreLimits(maxFileBytes, bytes, fileLifetime, abandonedUploadLifetime, maxOpenUploads);
    }

    /** For example {@code withFileLifetime(Duration.ofSeconds(5))} to watch expiry happen. */
    public StoreLimits withFileLifetime(Duration lifetime) {
        return new StoreLimits(maxFileBytes, maxProjectBytes, lifetime, abandonedUploadLifetime, maxOpenUploads);
    }

    public StoreLimits withMaxOpenUploads(int sessions) {
        return new StoreLimits(maxFileBytes, maxProjectBytes, fileLifetime, abandonedUploadLifetime, sessions);
    }
}
