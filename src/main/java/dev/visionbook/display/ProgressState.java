package dev.visionbook.display;

/** One consistent reading of a {@link Progress}, so text and HTML never mix two moments. */
record ProgressState(String label, long total, long done, String message, boolean finished, String finalText) {

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
