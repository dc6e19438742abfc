package dev.visionbook.media;

import java.time.Duration;
import java.util.Locale;

/** Formats a position in a video the way players show it: "00:15", "01:02.5", "1:02:03". */
final class ClockTime {

    private ClockTime() {
    }

    static String format(Duration position) {
        long millis = position.toMillis();
        long hours = millis / 3_600_000;
        long minutes = millis / 60_000 % 60;
        long seconds = millis / 1000 % 60;
        long fraction = millis % 1000;
        String clock = hours > 0
                ? String.format(Locale.ROOT, "%d:%02d:%02d", hours, minutes, seconds)
                : String.format(Locale.ROOT, "%02d:%02d", minutes, seconds);
        if (fraction == 0) {
            return clock;
        }
        // Milliseconds without trailing zeros: 00:15.5, 00:15.04.
        return clock + String.format(Locale.ROOT, ".%03d", fraction).replaceAll("0+$", "");
    }
}
