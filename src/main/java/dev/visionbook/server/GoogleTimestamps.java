package dev.visionbook.server;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Timestamps as the service writes them (protobuf's JSON form of {@code google.protobuf.Timestamp}
 * at the microsecond precision the service keeps): RFC 3339 in UTC with {@code Z}, and 0, 3 or 6
 * fractional digits, as few as the value needs. For example {@code 2026-12-01T08:43:04.772813Z}.
 */
final class GoogleTimestamps {

    private GoogleTimestamps() {
    }

    static String format(Instant instant) {
        // Instant.toString drops trailing zero groups exactly as protobuf's formatter does.
        return instant.truncatedTo(ChronoUnit.MICROS).toString();
    }
}
