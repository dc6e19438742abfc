package dev.visionbook.engine.analysis;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Names colours the way people do (red, dark blue, light grey…) from hue, saturation and
 * brightness, and measures an image's main colours. Fixed thresholds, so the same pixel always
 * gets the same name.
 */
public final class ColourNames {

    private static final double MIN_SHARE = 0.02;

    private ColourNames() {
    }

    /** The name of an sRGB colour. */
    public static String name(int rgb) {
        int r = (rgb >> 16) & 0xff;
        int g = (rgb >> 8) & 0xff;
        int b = rgb & 0xff;
        float[] hsb = java.awt.Color.RGBtoHSB(r, g, b, null);
        float hue = hsb[0] * 360;
        float sat = hsb[1];
        float val = hsb[2];
        if (val < 0.16) {
            return "black";
        }
        if (sat < 0.18 || (val < 0.3 && sat < 0.35)) {
            return val > 0.9 ? "white" : val > 0.65 ? "light grey" : val > 0.35 ? "grey" : "dark grey";
        }
        String base;
        if (hue < 15 || hue >= 345) {
            base = "red";
        } else if (hue < 40) {
            base = val < 0.6 ? "brown" : "orange";
        } else if (hue < 68) {
            base = val < 0.5 ? "olive" : "yellow";
        } else if (hue < 160) {
            base = "green";
        } else if (hue < 195) {
            base = "cyan";
        } else if (hue < 255) {
            base = "blue";
        } else if (hue < 290) {
            base = "purple";
        } else {
            base = "pink";
        }
        if (base.equals("brown") || base.equals("olive")) {
            return base;
        }
        if (val < 0.45) {
            return "dark " + base;
        }
        if (sat < 0.4 && val > 0.8) {
            return "light " + base;
        }
        return base;
    }

    /** The colour name counted most often; ties go to the name first in alphabetical order. */
    static String mostCounted(Map<String, Long> counts) {
        return counts.entrySet().stream().max(Map.Entry.<String, Long>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
                .map(Map.Entry::getKey).orElse("");
    }

    /** The (at most three) colour names with a tenth or more of the counts, most counted first, as outlines are named. */
    static List<String> leading(Map<String, Long> counts) {
        long total = counts.values().stream().mapToLong(Long::longValue).sum();
        return counts.entrySet().stream().filter(e -> e.getValue() >= 0.1 * total)
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey).limit(3).toList();
    }

    /** The main colours of an image, each covering at least 2 %, largest first. */
    public static List<ColourShare> dominant(BufferedImage image) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        int step = Math.max(1, (int) Math.sqrt((double) image.getWidth() * image.getHeight() / 40_000));
        int total = 0;
        for (int y = 0; y < image.getHeight(); y += step) {
            for (int x = 0; x < image.getWidth(); x += step) {
                counts.merge(name(image.getRGB(x, y)), 1, Integer::sum);
                total++;
            }
        }
        List<ColourShare> shares = new ArrayList<>();
        for (Map.Entry<String, Integer> entry : counts.entrySet()) {
            double share = entry.getValue() / (double) total;
            if (share >= MIN_SHARE) {
                shares.add(new ColourShare(entry.getKey(), share));
            }
        }
        shares.sort(Comparator.comparingDouble(ColourShare::share).reversed().thenComparing(ColourShare::name));
        return shares.size() > 6 ? List.copyOf(shares.subList(0, 6)) : List.copyOf(shares);
    }
}
