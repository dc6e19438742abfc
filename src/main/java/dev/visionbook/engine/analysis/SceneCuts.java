package dev.visionbook.engine.analysis;

import java.awt.image.BufferedImage;

/**
 * Measures how much a sampled frame differs from the one before: the {@link ColourHistogram}
 * distance between small copies, 0 for the same colours and 1 for none in common. Histograms
 * ignore motion (a square moving keeps its colours) but see content change (a square replaced by
 * a circle of another colour, a new slide). It decides whether a cut happened between two
 * samples (its thresholds were tuned on 1-second differences); {@link CutFrames} then finds the
 * frame it happened on.
 */
final class SceneCuts {

    /**
     * A change above this (and well above the recent changes) starts a new scene. On the sample
     * videos, cuts score 0.05–0.82; frames within a scene score under 0.006 (motion, a frame
     * counter) or 0.02–0.05 steadily (a slow zoom), hence the comparison with recent changes.
     */
    static final double CUT = 0.025;
    /** With no history yet (the first frames of a scene), only a large change is a cut. */
    static final double FIRST_CUT = 0.15;
    /** A cut must also stand out from the recent changes: this many times their median. */
    static final double OVER_RECENT = 3;
    private static final int WINDOW = 6;

    private double[] previous;
    private final java.util.ArrayDeque<Double> recent = new java.util.ArrayDeque<>();

    /** Whether {@code change}, just returned by {@link #next}, starts a new scene. */
    boolean isCut(double change) {
        boolean cut;
        if (recent.isEmpty()) {
            cut = change > FIRST_CUT;
        } else {
            double[] sorted = recent.stream().mapToDouble(Double::doubleValue).sorted().toArray();
            double median = sorted[sorted.length / 2];
            cut = change > Math.max(CUT, OVER_RECENT * median);
        }
        if (cut) {
            // A new scene has its own steadiness: a slow zoom after a still slide is no cut.
            recent.clear();
            return true;
        }
        recent.addLast(change);
        if (recent.size() > WINDOW) {
            recent.removeFirst();
        }
        return cut;
    }

    /** The change from the previous frame, 0 for the first. */
    double next(BufferedImage frame) {
        double[] histogram = ColourHistogram.of(
                Pixels.scaled(frame, 96, Math.max(1, 96 * frame.getHeight() / frame.getWidth())));
        double change = previous == null ? 0 : ColourHistogram.distance(histogram, previous);
        previous = histogram;
        return change;
    }
}
