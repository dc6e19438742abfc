package dev.visionbook.engine.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Decides which connected pieces of the foreground are one object. Pieces that touch are already
 * one piece; two separate pieces are separate objects unless one is a <em>fragment</em> of the
 * other: it has at most {@value #FRAGMENT_SHARE} of the other's pixels, lies within
 * {@value #FRAGMENT_REACH} of the other's size, and is drawn in the other's colour or in several
 * colours (the loose strokes, sparks and dots of a drawing). A small piece of one flat colour of its
 * own is a shape of its own however close it is. Both tests are relative to the pieces' own sizes,
 * never to the image's.
 *
 * <p>Pieces side by side like the letters of a word ({@link #letters}) are only candidates: they
 * become one object when the text reader reads them as one line ({@link ObjectFinder.Result#withText}).
 * Stateless.
 */
final class Pieces {

    /** A fragment has at most this share of its neighbour's pixels. */
    static final double FRAGMENT_SHARE = 0.05;
    /** A fragment lies within this share of its neighbour's larger side. */
    static final double FRAGMENT_REACH = 0.1;
    /** A piece is one flat colour when its main colour name covers this share of it. */
    static final double FLAT_SHARE = 0.9;
    /** Letters of a word are at most this share of their height apart. */
    static final double LETTER_SPACING = 0.8;

    private Pieces() {
    }

    /**
     * One connected piece. Colours are named on a quarter of the pixels (every fourth index).
     *
     * @param pixels its size in pixels, enclosed holes included
     * @param colours the names of its pixels' colours, counted
     * @param inside the names of the colours of its ink away from any edge: without enclosed holes
     *     of the background's colour (a ring's) and without anti-aliased rims, blends of two colours
     */
    record Piece(PixelBox box, long pixels, Map<String, Long> colours, Map<String, Long> inside) {

        /** Its main colour: of its ink inside when it has any, else of all its pixels. */
        String colour() {
            return ColourNames.mostCounted(inside.isEmpty() ? colours : inside);
        }

        /** One flat colour: its main colour covers {@value #FLAT_SHARE} of its ink inside. */
        boolean flat() {
            return Pieces.flat(inside);
        }

        int side() {
            return Math.max(box.width(), box.height());
        }
    }

    /** Whether the most counted colour has {@value #FLAT_SHARE} of the counts (none: not flat). */
    static boolean flat(Map<String, Long> counts) {
        long total = counts.values().stream().mapToLong(Long::longValue).sum();
        return total > 0 && counts.get(ColourNames.mostCounted(counts)) >= FLAT_SHARE * total;
    }

    /** The pieces of {@code labels}, by label id (null for specks {@link Labels} dropped). */
    static List<Piece> measure(Labels labels, int[] rgb, int background, int tolerance) {
        int n = labels.boxes.size();
        int w = labels.width;
        int h = labels.height;
        long[] pixels = new long[n];
        List<Map<String, Long>> colours = new ArrayList<>();
        List<Map<String, Long>> inside = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            colours.add(new HashMap<>());
            inside.add(new HashMap<>());
        }
        for (int i = 0; i < labels.label.length; i++) {
            int k = labels.label[i];
            if (k < 0) {
                continue;
            }
            pixels[k]++;
            if ((i & 3) != 0) {
                continue;
            }
            String name = ColourNames.name(rgb[i]);
            colours.get(k).merge(name, 1L, Long::sum);
            int x = i % w;
            int y = i / w;
            if (x > 0 && y > 0 && x < w - 1 && y < h - 1 && ink(labels, rgb, background, tolerance, i)
                    && ink(labels, rgb, background, tolerance, i - 1) && ink(labels, rgb, background, tolerance, i + 1)
                    && ink(labels, rgb, background, tolerance, i - w) && ink(labels, rgb, background, tolerance, i + w)) {
                inside.get(k).merge(name, 1L, Long::sum);
            }
        }
        List<Piece> pieces = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            PixelBox box = labels.boxes.get(k);
            pieces.add(box == null || colours.get(k).isEmpty() ? null
                    : new Piece(box, pixels[k], Map.copyOf(colours.get(k)), Map.copyOf(inside.get(k))));
        }
        return pieces;
    }

    private static boolean ink(Labels labels, int[] rgb, int background, int tolerance, int i) {
        return labels.label[i] >= 0 && Pixels.distance(rgb[i], background) > tolerance;
    }

    /** A group id per piece: pieces that are one object share one. */
    static int[] group(List<Piece> pieces) {
        return roots(pieces.size(), (i, j) -> {
            Piece a = pieces.get(i);
            Piece b = pieces.get(j);
            return a != null && b != null && (fragment(a, b) || fragment(b, a));
        });
    }

    /** Whether {@code small} is a fragment of {@code large}'s drawing. */
    static boolean fragment(Piece small, Piece large) {
        // Cheapest tests first: most pairs are far apart or of similar sizes.
        return small.pixels() <= FRAGMENT_SHARE * large.pixels()
                && gap(small.box(), large.box()) <= FRAGMENT_REACH * large.side()
                && (!small.flat() || small.colour().equals(large.colour()));
    }

    /**
     * Whether two objects could be letters of one word or line: one colour, similar heights, side
     * by side, gaps under {@value #LETTER_SPACING} of their height. Shapes in a row can look the
     * same, so this only nominates them for the text reader.
     */
    static boolean letters(PixelBox a, String colourA, PixelBox b, String colourB) {
        if (!colourA.equals(colourB)) {
            return false;
        }
        int small = Math.min(a.height(), b.height());
        int large = Math.max(a.height(), b.height());
        int overlap = Math.min(a.bottom(), b.bottom()) - Math.max(a.top(), b.top());
        int gap = Math.max(a.left(), b.left()) - Math.min(a.right(), b.right());
        return large <= 2.5 * small && overlap >= 0.6 * small && small >= 6 && gap <= LETTER_SPACING * small;
    }

    /** Union-find over {@code n} items: a root per item, items {@code joined} share one. */
    static int[] roots(int n, java.util.function.BiPredicate<Integer, Integer> joined) {
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                if (joined.test(i, j)) {
                    parent[find(parent, j)] = find(parent, i);
                }
            }
        }
        int[] root = new int[n];
        for (int i = 0; i < n; i++) {
            root[i] = find(parent, i);
        }
        return root;
    }

    /** The Chebyshev distance between two boxes; 0 when they overlap. */
    static int gap(PixelBox a, PixelBox b) {
        int dx = Math.max(0, Math.max(a.left() - b.right(), b.left() - a.right()));
        int dy = Math.max(0, Math.max(a.top() - b.bottom(), b.top() - a.bottom()));
        return Math.max(dx, dy);
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }
}
