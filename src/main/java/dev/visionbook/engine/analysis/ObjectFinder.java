package dev.visionbook.engine.analysis;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the main objects of a drawing or photo on a plain background, as the tutorial's sketches
 * are: the background colour is read from the border, everything that the border's flood fill
 * does not reach is foreground, and foreground pieces close to one another are one object.
 * Uniformly coloured objects are named by colour and shape (rectangle, circle, triangle…);
 * detailed parts drawn inside a flat-filled silhouette (a cat in a tree) are reported separately
 * as parts. Works on a copy at most 800 pixels a side; boxes are given in the original's pixels.
 * Stateless and thread-safe.
 */
public final class ObjectFinder {

    private static final int MAX_SIDE = 800;
    private static final int BACKGROUND_TOLERANCE = 14;
    private static final int MAX_OBJECTS = 12;

    /**
     * Objects found, or an empty list with {@code plain == false} when the background is not plain.
     *
     * @param parts detailed parts drawn inside flat-filled objects ({@link EmbeddedParts})
     */
    public record Result(boolean plain, int background, List<Detection> objects, List<Detection> parts) {
    }

    public Result find(BufferedImage image) {
        return find(image, true);
    }

    /** The outlines only, without looking for parts inside them: for callers that use just their boxes. */
    Result outlines(BufferedImage image) {
        return find(image, false);
    }

    private Result find(BufferedImage image, boolean withParts) {
        double factor = Math.min(1.0, MAX_SIDE / (double) Math.max(image.getWidth(), image.getHeight()));
        int w = Math.max(1, (int) Math.round(image.getWidth() * factor));
        int h = Math.max(1, (int) Math.round(image.getHeight() * factor));
        int[] rgb = Pixels.rgb(factor == 1.0 ? Pixels.opaque(image) : Pixels.scaled(image, w, h));
        int background = borderMedian(rgb, w, h);
        if (!plain(rgb, w, h, background)) {
            return new Result(false, background, List.of(), List.of());
        }
        boolean[] foreground = foreground(rgb, w, h, background);
        Labels labels = Labels.of(foreground, w, h, Math.max(4, w * h / 5000));
        int gap = Math.max(3, (int) Math.round(0.012 * Math.hypot(w, h)));
        int[] groupOf = labels.mergeNear(gap, h / 4);
        List<Group> groups = Group.collect(labels, groupOf, rgb);
        groups.removeIf(group -> group.pixels < 0.002 * w * h);
        groups.sort(Comparator.comparingLong((Group g) -> -g.pixels).thenComparingInt(g -> g.box.top())
                .thenComparingInt(g -> g.box.left()));
        double back = 1 / factor;
        List<Detection> found = new ArrayList<>();
        List<Group> kept = groups.subList(0, Math.min(MAX_OBJECTS, groups.size()));
        for (Group group : kept) {
            found.add(new Detection("object", group.label(), group.mainColour(),
                    group.box.scaled(back, image.getWidth(), image.getHeight())));
        }
        List<Detection> parts = new ArrayList<>();
        if (withParts) {
            for (Detection part : EmbeddedParts.find(rgb, foreground, w, h, kept.stream().map(g -> g.box).toList())) {
                parts.add(new Detection(part.kind(), part.label(), part.colour(),
                        part.box().scaled(back, image.getWidth(), image.getHeight())));
            }
        }
        return new Result(true, background, List.copyOf(found), List.copyOf(parts));
    }

    private static int borderMedian(int[] rgb, int w, int h) {
        List<Integer> border = new ArrayList<>();
        for (int x = 0; x < w; x++) {
            border.add(rgb[x]);
            border.add(rgb[(h - 1) * w + x]);
        }
        for (int y = 0; y < h; y++) {
            border.add(rgb[y * w]);
            border.add(rgb[y * w + w - 1]);
        }
        int[] channel = new int[border.size()];
        int median = 0;
        for (int shift = 16; shift >= 0; shift -= 8) {
            for (int i = 0; i < channel.length; i++) {
                channel[i] = (border.get(i) >> shift) & 0xff;
            }
            Arrays.sort(channel);
            median |= channel[channel.length / 2] << shift;
        }
        return median;
    }

    private static boolean plain(int[] rgb, int w, int h, int background) {
        int close = 0;
        int total = 0;
        for (int x = 0; x < w; x++) {
            close += (Pixels.distance(rgb[x], background) <= 30 ? 1 : 0)
                    + (Pixels.distance(rgb[(h - 1) * w + x], background) <= 30 ? 1 : 0);
            total += 2;
        }
        for (int y = 0; y < h; y++) {
            close += (Pixels.distance(rgb[y * w], background) <= 30 ? 1 : 0)
                    + (Pixels.distance(rgb[y * w + w - 1], background) <= 30 ? 1 : 0);
            total += 2;
        }
        return close >= 0.7 * total;
    }

    /** Everything the background's flood fill from the border does not reach. */
    private static boolean[] foreground(int[] rgb, int w, int h, int background) {
        boolean[] reached = new boolean[w * h];
        int[] queue = new int[w * h];
        int head = 0;
        int tail = 0;
        for (int i = 0; i < w * h; i++) {
            int x = i % w;
            int y = i / w;
            if ((x == 0 || y == 0 || x == w - 1 || y == h - 1)
                    && Pixels.distance(rgb[i], background) <= BACKGROUND_TOLERANCE) {
                reached[i] = true;
                queue[tail++] = i;
            }
        }
        while (head < tail) {
            int i = queue[head++];
            int x = i % w;
            int y = i / w;
            for (int n : new int[] {x > 0 ? i - 1 : -1, x < w - 1 ? i + 1 : -1, y > 0 ? i - w : -1,
                y < h - 1 ? i + w : -1}) {
                if (n >= 0 && !reached[n] && Pixels.distance(rgb[n], background) <= BACKGROUND_TOLERANCE) {
                    reached[n] = true;
                    queue[tail++] = n;
                }
            }
        }
        boolean[] foreground = new boolean[w * h];
        for (int i = 0; i < foreground.length; i++) {
            foreground[i] = !reached[i];
        }
        return foreground;
    }

    /** Merged components: box, size and colour names. */
    private static final class Group {
        final int id;
        PixelBox box;
        long pixels;
        final Map<String, Long> colours = new LinkedHashMap<>();

        Group(int id, PixelBox box) {
            this.id = id;
            this.box = box;
        }

        static List<Group> collect(Labels labels, int[] groupOf, int[] rgb) {
            Map<Integer, Group> groups = new LinkedHashMap<>();
            for (int i = 0; i < labels.label.length; i++) {
                int label = labels.label[i];
                if (label < 0) {
                    continue;
                }
                int id = groupOf[label];
                int x = i % labels.width;
                int y = i / labels.width;
                PixelBox pixel = new PixelBox(x, y, x + 1, y + 1);
                Group group = groups.computeIfAbsent(id, key -> new Group(key, pixel));
                group.box = group.box.union(pixel);
                group.pixels++;
                if ((i & 3) == 0) {
                    group.colours.merge(ColourNames.name(rgb[i]), 1L, Long::sum);
                }
            }
            return new ArrayList<>(groups.values());
        }

        String mainColour() {
            return ColourNames.mostCounted(colours);
        }

        String label() {
            long total = colours.values().stream().mapToLong(Long::longValue).sum();
            long main = colours.getOrDefault(mainColour(), 0L);
            if (total > 0 && main >= 0.9 * total) {
                return mainColour() + " " + shape();
            }
            return String.join(", ", ColourNames.leading(colours)) + " object";
        }

        private String shape() {
            double fill = pixels / (double) box.area();
            double aspect = box.width() / (double) box.height();
            boolean even = aspect > 0.85 && aspect < 1.18;
            if (fill >= 0.93) {
                return even ? "square" : "rectangle";
            }
            if (fill >= 0.72 && fill <= 0.84) {
                return even ? "circle" : "ellipse";
            }
            if (fill >= 0.42 && fill <= 0.58) {
                return "triangle";
            }
            return "shape";
        }
    }
}
