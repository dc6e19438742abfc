package dev.visionbook.display;

import java.util.Locale;

/** Byte counts for people, in decimal units as upload dialogs show them: {@code 4.2 MB}. */
final class ByteSizes {

    private static final String[] UNITS = {"kB", "MB", "GB", "TB", "PB", "EB"};

    private ByteSizes() {
    }

    static String format(long bytes) {
        if (bytes < 1000) {
            return bytes + " B";
        }
        double value = bytes;
        int unit = -1;
        while (value >= 999.95 && unit < UNITS.length - 1) {
            value /= 1000;
            unit++;
        }
        String number = value < 99.95
                ? String.format(Locale.ROOT, "%.1f", value).replaceFirst("\\.0$", "")
                : String.format(Locale.ROOT, "%.0f", value);
        return number + " " + UNITS[unit];
    }
}
