package dev.visionbook.engine.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds detailed parts drawn inside a flat-filled silhouette, such as a clipart cat sitting in a
 * black tree: {@link ObjectFinder} merges them into the silhouette's outline because nothing of the
 * background separates them. An outlined object is a silhouette when one colour fills at least a
 * quarter of its foreground; its "detail" is the foreground that is neither that fill nor within
 * a pixel of the background (the anti-aliased rim). Detail pixels a few pixels apart are grouped,
 * and a group is reported as a part only when it is
 * <ul>
 * <li>textured: at least half of its pixels differ strongly (luma step of 40 or more) from a
 *     neighbour, as fur strokes and small drawn features do; flat fins, stripes, sunset bands and
 *     smooth gradients only have such steps along their edges;</li>
 * <li>not flat: no single colour (16 levels a channel) covers more than 30 % of it, so a flat
 *     patch with a jagged outline is not a part however small it is;</li>
 * <li>of a meaningful size: at least 1 % of the object's foreground, and at most a quarter of the
 *     object's box (a part, not the object again).</li>
 * </ul>
 * Runs on the copy {@link ObjectFinder} analysed, reusing its foreground. Stateless and thread-safe.
 */
final class EmbeddedParts {

    /** A silhouette: its most common colour fills at least this share of its foreground. */
    private static final double FILL_SHARE = 0.25;
    /** Pixels this close (max channel difference) to the fill colour are fill (JPEG noise included). */
    private static final int FILL_TOLERANCE = 24;
    /** Detail within this many pixels of the background is the anti-aliased rim, not detail. */
    private static final int RIM = 1;
    /** Detail pixels up to twice this far apart belong to one part (fur strokes between black stripes). */
    private static final int GROUP_RADIUS = 4;
    private static final int STEP = 40;
    private static final double TEXTURED_SHARE = 0.5;
    private static final double FLAT_SHARE = 0.3;
    private static final double MIN_SHARE_OF_OBJECT = 0.01;
    private static final double MAX_BOX_SHARE = 0.25;

    private EmbeddedParts() {
    }

    /**
     * Parts inside the outlined objects, as detections of kind "part".
     *
     * @param rgb the copy {@link ObjectFinder} analysed, {@code w} by {@code h}
     * @param foreground what the background's flood fill did not reach
     * @param objects the objects' boxes; the parts' boxes are given in the same pixels
     */
    static List<Detection> find(int[] rgb, boolean[] foreground, int w, int h, List<PixelBox> objects) {
        List<Detection> parts = new ArrayList<>();
        for (PixelBox object : objects) {
            for (Part part : inside(rgb, foreground, w, h, object)) {
                parts.add(new Detection("part", label(part.colours()), ColourNames.mostCounted(part.colours()), part.box()));
            }
        }
        return List.copyOf(parts);
    }

    /** A part's box in the analysed copy's pixels, and the names of its detail pixels' colours. */
    private record Part(PixelBox box, Map<String, Long> colours) {
    }

    /** The parts inside one object's box. */
    private static List<Part> inside(int[] rgb, boolean[] foreground, int w, int h, PixelBox box) {
        int bw = box.width();
        int bh = box.height();
        int[] histogram = new int[1 << 15];
        int pixels = 0;
        for (int y = box.top(); y < box.bottom(); y++) {
            for (int x = box.left(); x < box.right(); x++) {
                if (foreground[y * w + x]) {
                    pixels++;
                    histogram[bin(rgb[y * w + x], 5)]++;
                }
            }
        }
        int mode = 0;
        for (int b = 1; b < histogram.length; b++) {
            mode = histogram[b] > histogram[mode] ? b : mode;
        }
        if (pixels == 0 || histogram[mode] < FILL_SHARE * pixels) {
            return List.of();
        }
        int fill = ((mode >> 10) << 19) | (((mode >> 5) & 31) << 11) | ((mode & 31) << 3) | 0x040404;
        boolean[] detail = new boolean[bw * bh];
        for (int y = 0; y < bh; y++) {
            for (int x = 0; x < bw; x++) {
                int i = (y + box.top()) * w + x + box.left();
                detail[y * bw + x] = foreground[i] && Pixels.distance(rgb[i], fill) > FILL_TOLERANCE
                        && !nearBackground(foreground, w, h, x + box.left(), y + box.top());
            }
        }
        Labels groups = Labels.of(dilate(detail, bw, bh), bw, bh, 1);
        int n = groups.boxes.size();
        int[] count = new int[n];
        int[] textured = new int[n];
        int[][] extent = new int[n][];
        for (int j = 0; j < detail.length; j++) {
            int group = groups.label[j];
            if (!detail[j] || group < 0) {
                continue;
            }
            int x = j % bw;
            int y = j / bw;
            count[group]++;
            textured[group] += step(rgb, w, h, x + box.left(), y + box.top()) >= STEP ? 1 : 0;
            int[] e = extent[group];
            extent[group] = e == null ? new int[] {x, y, x + 1, y + 1}
                    : new int[] {Math.min(e[0], x), Math.min(e[1], y), Math.max(e[2], x + 1), Math.max(e[3], y + 1)};
        }
        boolean[] kept = new boolean[n];
        for (int k = 0; k < n; k++) {
            long area = extent[k] == null ? 0 : (long) (extent[k][2] - extent[k][0]) * (extent[k][3] - extent[k][1]);
            kept[k] = count[k] >= MIN_SHARE_OF_OBJECT * pixels && textured[k] >= TEXTURED_SHARE * count[k]
                    && area <= MAX_BOX_SHARE * box.area() && !flat(rgb, w, box, detail, groups.label, k, count[k]);
        }
        Map<Integer, Map<String, Long>> colours = new HashMap<>();
        for (int j = 0; j < detail.length; j++) {
            if (detail[j] && groups.label[j] >= 0 && kept[groups.label[j]]) {
                int i = (j / bw + box.top()) * w + j % bw + box.left();
                colours.computeIfAbsent(groups.label[j], k -> new LinkedHashMap<>())
                        .merge(ColourNames.name(rgb[i]), 1L, Long::sum);
            }
        }
        List<Part> found = new ArrayList<>();
        for (Map.Entry<Integer, Map<String, Long>> part : colours.entrySet()) {
            int[] e = extent[part.getKey()];
            found.add(new Part(new PixelBox(box.left() + e[0], box.top() + e[1], box.left() + e[2], box.top() + e[3]),
                    part.getValue()));
        }
        found.sort(Comparator.comparingInt((Part p) -> p.box().top()).thenComparingInt(p -> p.box().left()));
        return found;
    }

    /** Whether one colour (16 levels a channel) covers more than {@link #FLAT_SHARE} of a group's detail. */
    private static boolean flat(int[] rgb, int w, PixelBox box, boolean[] detail, int[] group, int k, int count) {
        int[] tones = new int[1 << 12];
        int flattest = 0;
        for (int j = 0; j < detail.length; j++) {
            if (detail[j] && group[j] == k) {
                int i = (j / box.width() + box.top()) * w + j % box.width() + box.left();
                flattest = Math.max(flattest, ++tones[bin(rgb[i], 4)]);
            }
        }
        return flattest > FLAT_SHARE * count;
    }

    /** The colour's bin with {@code bits} bits a channel. */
    private static int bin(int rgb, int bits) {
        int shift = 8 - bits;
        return ((rgb >> 16 & 0xff) >> shift) << (2 * bits) | ((rgb >> 8 & 0xff) >> shift) << bits | (rgb & 0xff) >> shift;
    }

    private static boolean nearBackground(boolean[] foreground, int w, int h, int x, int y) {
        for (int ny = Math.max(0, y - RIM); ny <= Math.min(h - 1, y + RIM); ny++) {
            for (int nx = Math.max(0, x - RIM); nx <= Math.min(w - 1, x + RIM); nx++) {
                if (!foreground[ny * w + nx]) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The largest luma step to a 4-neighbour. */
    private static int step(int[] rgb, int w, int h, int x, int y) {
        int i = y * w + x;
        int l = Pixels.luma(rgb[i]);
        int step = 0;
        if (x > 0) {
            step = Math.max(step, Math.abs(l - Pixels.luma(rgb[i - 1])));
        }
        if (x < w - 1) {
            step = Math.max(step, Math.abs(l - Pixels.luma(rgb[i + 1])));
        }
        if (y > 0) {
            step = Math.max(step, Math.abs(l - Pixels.luma(rgb[i - w])));
        }
        if (y < h - 1) {
            step = Math.max(step, Math.abs(l - Pixels.luma(rgb[i + w])));
        }
        return step;
    }

    /** Square dilation by {@link #GROUP_RADIUS}, in two separable passes. */
    private static boolean[] dilate(boolean[] mask, int w, int h) {
        boolean[] rows = new boolean[mask.length];
        for (int y = 0; y < h; y++) {
            int last = Integer.MIN_VALUE / 2;
            for (int x = 0; x < w + GROUP_RADIUS; x++) {
                if (x < w && mask[y * w + x]) {
                    last = x;
                }
                int at = x - GROUP_RADIUS;
                if (at >= 0 && x - last <= 2 * GROUP_RADIUS) {
                    rows[y * w + at] = true;
                }
            }
        }
        boolean[] out = new boolean[mask.length];
        for (int x = 0; x < w; x++) {
            int last = Integer.MIN_VALUE / 2;
            for (int y = 0; y < h + GROUP_RADIUS; y++) {
                if (y < h && rows[y * w + x]) {
                    last = y;
                }
                int at = y - GROUP_RADIUS;
                if (at >= 0 && y - last <= 2 * GROUP_RADIUS) {
                    out[at * w + x] = true;
                }
            }
        }
        return out;
    }

    /** Its detail's colours with at least a tenth of it, as {@link ObjectFinder} names mixed objects. */
    private static String label(Map<String, Long> colours) {
        return String.join(", ", ColourNames.leading(colours)) + " part";
    }
}
