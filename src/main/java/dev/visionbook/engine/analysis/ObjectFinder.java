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
    static final int MAX_OBJECTS = 12;
    /** Objects this share of the image's diagonal apart are read for text as one block. */
    static final double READ_GAP = 0.012;
    /** Objects (or words) smaller than this share of the image are specks, not objects. */
    private static final double MIN_SHARE = 0.001;

    /**
     * Objects found, or an empty list with {@code plain == false} when the background is not plain.
     *
     * @param parts detailed parts drawn inside flat-filled objects ({@link EmbeddedParts})
     * @param textRegions where to read text ({@link TextReader#read(BufferedImage, List)}): the
     *     objects' boxes in blocks, those within {@value #READ_GAP} of the image's diagonal of one
     *     another read as one, and candidate words ({@link Pieces#letters}) always as one: each
     *     letter is an object of its own until the text reader reads its block as text
     *     ({@link #withText})
     * @param detailed boxes of the objects drawn in more than one flat colour: what a drawing shows
     *     in detail, as opposed to flat silhouettes ({@link ScoreFloors})
     */
    public record Result(boolean plain, int background, List<Detection> objects, List<Detection> parts,
            List<PixelBox> textRegions, List<PixelBox> detailed) {

        /**
         * The objects, with those that make up a line of text read ({@code lines}) replaced by one
         * object labelled with the text, where the first of them was; at most {@value #MAX_OBJECTS},
         * largest first (candidate letters that were not read as text are small and come last).
         */
        public List<Detection> withText(List<TextLine> lines) {
            List<Detection> out = new ArrayList<>(objects);
            for (TextLine line : lines) {
                List<Detection> letters = out.stream().filter(o -> o.box().coveredBy(line.box()) > 0.6).toList();
                if (letters.isEmpty()) {
                    continue;
                }
                PixelBox box = letters.stream().map(Detection::box).reduce(PixelBox::union).orElseThrow();
                if (line.box().coveredBy(box) > 0.8) {
                    int at = out.indexOf(letters.get(0));
                    out.removeAll(letters);
                    out.add(at, new Detection("object", "text \"" + line.text() + "\"", letters.get(0).colour(), box));
                }
            }
            return List.copyOf(out.subList(0, Math.min(MAX_OBJECTS, out.size())));
        }
    }

    public Result find(BufferedImage image) {
        return find(image, true);
    }

    /** The outlines only, without looking for parts inside them: for callers that use just their boxes. */
    Result outlines(BufferedImage image) {
        return find(image, false);
    }

    /** Whether the image's background is one plain colour, as drawings' are, without outlining anything. */
    static boolean plainBackground(BufferedImage image) {
        int w = image.getWidth();
        int h = image.getHeight();
        int[] border = new int[2 * (w + h)];
        int n = 0;
        for (int x = 0; x < w; x++) {
            border[n++] = image.getRGB(x, 0);
            border[n++] = image.getRGB(x, h - 1);
        }
        for (int y = 0; y < h; y++) {
            border[n++] = image.getRGB(0, y);
            border[n++] = image.getRGB(w - 1, y);
        }
        int background = median(border);
        return plain(border, background);
    }

    private Result find(BufferedImage image, boolean withParts) {
        double factor = Math.min(1.0, MAX_SIDE / (double) Math.max(image.getWidth(), image.getHeight()));
        int w = Math.max(1, (int) Math.round(image.getWidth() * factor));
        int h = Math.max(1, (int) Math.round(image.getHeight() * factor));
        int[] rgb = Pixels.rgb(factor == 1.0 ? Pixels.opaque(image) : Pixels.scaled(image, w, h));
        int[] border = border(rgb, w, h);
        int background = median(border);
        if (!plain(border, background)) {
            return new Result(false, background, List.of(), List.of(), List.of(), List.of());
        }
        boolean[] foreground = foreground(rgb, w, h, background);
        Labels labels = Labels.of(foreground, w, h, Math.max(4, w * h / 5000));
        List<Pieces.Piece> pieces = Pieces.measure(labels, rgb, background, BACKGROUND_TOLERANCE);
        List<Group> groups = Group.of(pieces, Pieces.group(pieces));
        List<Unit> units = Unit.of(groups);
        units.removeIf(unit -> unit.pixels() < MIN_SHARE * w * h);
        units.sort(Comparator.comparingLong(Unit::pixels).reversed().thenComparingInt(u -> u.box().top())
                .thenComparingInt(u -> u.box().left()));
        List<Unit> keptUnits = units.subList(0, Math.min(MAX_OBJECTS, units.size()));
        List<Group> kept = new ArrayList<>(keptUnits.stream().flatMap(u -> u.groups().stream()).toList());
        kept.sort(Comparator.comparingLong((Group g) -> -g.pixels).thenComparingInt(g -> g.box.top())
                .thenComparingInt(g -> g.box.left()));
        double back = 1 / factor;
        List<Detection> found = new ArrayList<>();
        for (Group group : kept) {
            found.add(new Detection("object", group.label(), group.mainColour(),
                    group.box.scaled(back, image.getWidth(), image.getHeight())));
        }
        List<PixelBox> detailed = kept.stream().filter(g -> !g.flat())
                .map(g -> g.box.scaled(back, image.getWidth(), image.getHeight())).toList();
        List<PixelBox> blocks = blocks(keptUnits.stream().map(Unit::box).toList(),
                Math.max(3, (int) Math.round(READ_GAP * Math.hypot(w, h)))).stream()
                .map(b -> b.scaled(back, image.getWidth(), image.getHeight())).toList();
        List<Detection> parts = new ArrayList<>();
        if (withParts) {
            for (Detection part : EmbeddedParts.find(rgb, foreground, w, h, kept.stream().map(g -> g.box).toList())) {
                parts.add(new Detection(part.kind(), part.label(), part.colour(),
                        part.box().scaled(back, image.getWidth(), image.getHeight())));
            }
        }
        return new Result(true, background, List.copyOf(found), List.copyOf(parts), blocks, detailed);
    }

    /** Boxes within {@code gap} of one another, joined until no two are that close. */
    private static List<PixelBox> blocks(List<PixelBox> boxes, int gap) {
        List<PixelBox> blocks = new ArrayList<>(boxes);
        boolean joined = true;
        while (joined) {
            joined = false;
            for (int i = 0; i < blocks.size() && !joined; i++) {
                for (int j = i + 1; j < blocks.size() && !joined; j++) {
                    if (Pieces.gap(blocks.get(i), blocks.get(j)) < gap) {
                        blocks.set(i, blocks.get(i).union(blocks.remove(j)));
                        joined = true;
                    }
                }
            }
        }
        return List.copyOf(blocks);
    }

    /** The border's pixels: top and bottom rows, then left and right columns. */
    private static int[] border(int[] rgb, int w, int h) {
        int[] border = new int[2 * (w + h)];
        int n = 0;
        for (int x = 0; x < w; x++) {
            border[n++] = rgb[x];
            border[n++] = rgb[(h - 1) * w + x];
        }
        for (int y = 0; y < h; y++) {
            border[n++] = rgb[y * w];
            border[n++] = rgb[y * w + w - 1];
        }
        return border;
    }

    /** The per-channel median colour. */
    private static int median(int[] pixels) {
        int[] channel = new int[pixels.length];
        int median = 0;
        for (int shift = 16; shift >= 0; shift -= 8) {
            for (int i = 0; i < channel.length; i++) {
                channel[i] = (pixels[i] >> shift) & 0xff;
            }
            Arrays.sort(channel);
            median |= channel[channel.length / 2] << shift;
        }
        return median;
    }

    /** Plain: at least 70 % of the border is within 30 levels of its median. */
    private static boolean plain(int[] border, int background) {
        int close = 0;
        for (int pixel : border) {
            close += Pixels.distance(pixel, background) <= 30 ? 1 : 0;
        }
        return close >= 0.7 * border.length;
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

    /**
     * An object, or the objects that could be the letters of one word: sized, capped and
     * dropped as one, since each letter alone may be smaller than a speck.
     */
    private record Unit(List<Group> groups, PixelBox box, long pixels) {

        static List<Unit> of(List<Group> groups) {
            List<String> colours = groups.stream().map(Group::mainColour).toList();
            int[] root = Pieces.roots(groups.size(), (i, j) -> Pieces.letters(groups.get(i).box, colours.get(i),
                    groups.get(j).box, colours.get(j)));
            Map<Integer, List<Group>> members = new LinkedHashMap<>();
            for (int i = 0; i < groups.size(); i++) {
                members.computeIfAbsent(root[i], k -> new ArrayList<>()).add(groups.get(i));
            }
            List<Unit> units = new ArrayList<>();
            for (List<Group> word : members.values()) {
                units.add(new Unit(List.copyOf(word), word.stream().map(g -> g.box).reduce(PixelBox::union).orElseThrow(),
                        word.stream().mapToLong(g -> g.pixels).sum()));
            }
            return units;
        }
    }

    /** Merged components: box, size and colour names. */
    private static final class Group {
        final int id;
        PixelBox box;
        long pixels;
        final Map<String, Long> colours = new LinkedHashMap<>();
        /** The colours of its ink away from any edge ({@link Pieces.Piece#inside}). */
        final Map<String, Long> ink = new LinkedHashMap<>();

        Group(int id, PixelBox box) {
            this.id = id;
            this.box = box;
        }

        /** The pieces' groups, in the order their first pieces come. */
        static List<Group> of(List<Pieces.Piece> pieces, int[] groupOf) {
            Map<Integer, Group> groups = new LinkedHashMap<>();
            for (int k = 0; k < pieces.size(); k++) {
                Pieces.Piece piece = pieces.get(k);
                if (piece == null) {
                    continue;
                }
                Group group = groups.computeIfAbsent(groupOf[k], id -> new Group(id, piece.box()));
                group.box = group.box.union(piece.box());
                group.pixels += piece.pixels();
                piece.colours().forEach((name, count) -> group.colours.merge(name, count, Long::sum));
                piece.inside().forEach((name, count) -> group.ink.merge(name, count, Long::sum));
            }
            return new ArrayList<>(groups.values());
        }

        String mainColour() {
            return ColourNames.mostCounted(colours);
        }

        /** Its ink is one flat colour, as {@link Pieces.Piece#flat} judges pieces. */
        boolean flat() {
            return Pieces.flat(ink);
        }

        String label() {
            long total = colours.values().stream().mapToLong(Long::longValue).sum();
            long main = colours.getOrDefault(mainColour(), 0L);
            if (total > 0 && main >= Pieces.FLAT_SHARE * total) {
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
