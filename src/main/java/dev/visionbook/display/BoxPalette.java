package dev.visionbook.display;

import java.awt.Color;
import java.util.List;

/** Box colours: ten saturated, well-separated colours, cycled by box index. */
final class BoxPalette {

    // From Sasha Trubetskoy's "20 simple distinct colours", ordered so neighbours differ most.
    private static final List<Color> COLORS = List.of(
            new Color(0xE6194B), // red
            new Color(0x3CB44B), // green
            new Color(0x4363D8), // blue
            new Color(0xF58231), // orange
            new Color(0x911EB4), // purple
            new Color(0x42D4F4), // cyan
            new Color(0xF032E6), // magenta
            new Color(0xFFE119), // yellow
            new Color(0x469990), // teal
            new Color(0x9A6324)); // brown

    private BoxPalette() {
    }

    static Color color(int boxIndex) {
        return COLORS.get(Math.floorMod(boxIndex, COLORS.size()));
    }

    /** Black or white, whichever reads better on {@code background}. */
    static Color textOn(Color background) {
        double luminance = 0.299 * background.getRed() + 0.587 * background.getGreen() + 0.114 * background.getBlue();
        return luminance > 150 ? Color.BLACK : Color.WHITE;
    }

    static String hex(Color color) {
        return String.format("#%06X", color.getRGB() & 0xFFFFFF);
    }
}
