package dev.visionbook.display;

import java.time.Duration;

/**
 * One consistent reading of a {@link Progress}, so text and HTML never mix two moments.
 *
 * @param elapsed the time since the progress started
 */
record ProgressState(String label, long total, long done, String message, boolean finished, String finalText,
                     Duration elapsed) {

    boolean totalKnown() {
        return total >= 0;
    }

    double fraction() {
        if (!totalKnown()) {
            return finished ? 1 : 0;
        }
        if (total == 0) {
            return 1;
        }
        return Math.min(1, Math.max(0, (double) done / total));
    }

    /** Rounded down, so 100% means really done. */
    int percent() {
        return (int) Math.floor(fraction() * 100);
    }
}
