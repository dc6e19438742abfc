package dev.visionbook.store;

import java.time.Duration;

/**
 * Limits the store enforces; the defaults are the Gemini File API's.
 *
 * @param maxFileBytes largest single file
 * @param maxProjectBytes total size of one project's live files
 * @param fileLifetime time from creation to expiry
 * @param abandonedUploadLifetime idle time after which an unfinished upload session is dropped
 */
public record StoreLimits(long maxFileBytes, long maxProjectBytes, Duration fileLifetime,
                          Duration abandonedUploadLifetime) {

    public static final long GB = 1024L * 1024 * 1024;

    public static StoreLimits service() {
        return new StoreLimits(2 * GB, 20 * GB, Duration.ofHours(48), Duration.ofHours(24));
    }

    public StoreLimits withMaxFileBytes(long bytes) {
        return new StoreLimits(bytes, maxProjectBytes, fileLifetime, abandonedUploadLifetime);
    }

    public StoreLimits withMaxProjectBytes(long bytes) {
        return new StoreLimits(maxFileBytes, bytes, fileLifetime, abandonedUploadLifetime);
    }
}
