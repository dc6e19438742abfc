package dev.visionbook.engine.answers;

import dev.visionbook.engine.analysis.ColourShare;
import dev.visionbook.engine.analysis.Detection;
import dev.visionbook.engine.analysis.ImageAnalysis;
import dev.visionbook.engine.analysis.PixelBox;
import dev.visionbook.engine.analysis.Sharpness;
import dev.visionbook.engine.analysis.Transcript;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** Formatting every writer and renderer shares: MM:SS times, boxes, positions, sizes, colours. */
public final class Md {

    static final String NO_MODEL = "**No language model runs here.** This answer comes from the local visionbook"
            + " engine and reports only what it measured";

    /** What the engine can name, for answers that must say it could not name something. */
    public static final String RECOGNISES = "it recognises the 80 everyday COCO classes (people, animals, vehicles,"
            + " cups, furniture…), faces and text, and outlines objects on plain backgrounds by colour and shape";

    private Md() {
    }

    /** MM:SS (H:MM:SS past an hour), counting whole seconds as a player's clock does. */
    public static String time(double seconds) {
        long s = (long) Math.floor(seconds + 1e-6);
        return s >= 3600 ? String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
                : String.format(Locale.ROOT, "%02d:%02d", s / 60, s % 60);
    }

    static String box(PixelBox box, int width, int height) {
        int[] b = box.normalized(width, height);
        return "[" + b[0] + ", " + b[1] + ", " + b[2] + ", " + b[3] + "]";
    }

    /** Where a box's centre lies, in words: "upper left", "centre", "lower right"… */
    static String where(PixelBox box, int width, int height) {
        double x = (box.left() + box.right()) / 2.0 / width;
        double y = (box.top() + box.bottom()) / 2.0 / height;
        String row = y < 1 / 3.0 ? "upper" : y > 2 / 3.0 ? "lower" : "middle";
        String col = x < 1 / 3.0 ? "left" : x > 2 / 3.0 ? "right" : "centre";
        if (row.equals("middle")) {
            return col.equals("centre") ? "centre" : col;
        }
        return row + (col.equals("centre") ? " centre" : " " + col);
    }

    public static String percent(double share) {
        return Math.round(share * 100) + " %";
    }

    public static String colours(List<ColourShare> colours) {
        return colours.stream().map(c -> c.name() + " " + percent(c.share())).collect(Collectors.joining(", "));
    }

    public static String size(long bytes) {
        if (bytes < 1024) {
            return bytes + " bytes";
        }
        if (bytes < 1024 * 1024) {
            return String.format(Locale.ROOT, "%.1f KB", bytes / 1024.0);
        }
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024));
    }

    static String seconds(double seconds) {
        return String.format(Locale.ROOT, "%.1f s", seconds);
    }

    static String sharpness(ImageAnalysis image) {
        if (Double.isNaN(image.sharpness())) {
            return "too few edges to judge sharpness";
        }
        String score = String.format(Locale.ROOT, "%.2f", image.sharpness());
        return image.blurry()
                ? "**looks blurry** (sharpness " + score + ", under " + Sharpness.BLURRY_BELOW + "): a sharper image"
                        + " gives better results"
                : "sharp (sharpness " + score + ")";
    }

    /** A sampling rate as the request gave it: "1 fps", "0.5 fps", "2 fps". */
    static String fps(double fps) {
        return java.math.BigDecimal.valueOf(fps).stripTrailingZeros().toPlainString() + " fps";
    }

    /** A detector's confidence, two decimals. */
    static String score(Detection d) {
        return String.format(Locale.ROOT, "%.2f", d.score());
    }

    /** One line per detection: label, box and position. */
    static void detections(StringBuilder out, List<Detection> detections, int width, int height) {
        for (Detection d : detections) {
            out.append("- ").append(d.label()).append(": ").append(box(d.box(), width, height)).append(" (")
                    .append(where(d.box(), width, height)).append(d.scored() ? ", score " + score(d) : "")
                    .append(")\n");
        }
    }

    /** A key frame in one line: objects, faces, text, colours. */
    static String frame(ImageAnalysis a) {
        StringBuilder line = new StringBuilder();
        List<String> things = a.detections().stream()
                .filter(d -> !d.kind().equals("text") && !d.label().startsWith("text \""))
                .map(d -> d.label() + " (" + where(d.box(), a.width(), a.height()) + ")").toList();
        if (!things.isEmpty()) {
            line.append(String.join(", ", things)).append("; ");
        }
        if (!a.text().isEmpty()) {
            line.append("text ").append(String.join(" / ", a.text().stream().map(t -> "\"" + t.text() + "\"")
                    .toList())).append("; ");
        }
        line.append(a.plainBackground() ? "plain " + a.background() + " background; " : "");
        line.append("colours ").append(colours(a.colours()));
        if (a.blurry()) {
            line.append("; blurry");
        }
        return line.toString();
    }

    /** The list of what each part is, with its measured size: the facts every answer carries. */
    static void measured(StringBuilder out, List<Evidence> media) {
        if (media.isEmpty()) {
            return;
        }
        out.append("\n**Measured parts**\n");
        for (Evidence e : media) {
            out.append("- ").append(e.title()).append(" · ").append(e.label()).append(" · ").append(e.mimeType())
                    .append(" · ").append(size(e.sizeBytes()));
            if (e.width() > 0) {
                out.append(" · ").append(e.width()).append(" × ").append(e.height()).append(" px");
            }
            if (e.seconds() > 0) {
                out.append(" · ").append(seconds(e.seconds()));
            }
            if (e.failed()) {
                out.append(" · could not be analysed: ").append(e.error());
            }
            out.append('\n');
        }
    }

    /** The closing note: what was not done and how to get a model's answer. */
    static void footer(StringBuilder out, String limitation) {
        out.append("\n---\n").append(NO_MODEL).append(limitation.isEmpty() ? "." : "; " + limitation + ".")
                .append(" For a model's answer, set GEMINI_API_KEY and run the same code against the Gemini API.\n");
    }

    static String speechNote(Transcript transcript) {
        if (transcript == null) {
            return "";
        }
        if (transcript.unavailable() != null) {
            return "Speech: " + transcript.unavailable() + ".";
        }
        return "Speech recognised automatically by " + transcript.recogniser() + "; expect wrong words.";
    }
}
