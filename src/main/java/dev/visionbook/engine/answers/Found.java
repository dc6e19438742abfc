package dev.visionbook.engine.answers;

import dev.visionbook.engine.analysis.Detection;

/**
 * One thing an answer points at: what was found, in which part, with its box in the API's
 * convention ({@code [ymin, xmin, ymax, xmax]}, 0–1000) and where it lies in words.
 *
 * @param part the media part's number, from 1
 * @param label what was measured or recognised ("cat", "red circle", "face", "text \"GEMINI\"")
 * @param box {@code [ymin, xmin, ymax, xmax]} scaled to 0–1000
 * @param where "upper left", "centre"…
 * @param score the detector's confidence, or NaN for what was measured
 * @param kind which analyzer found it
 */
public record Found(int part, String label, int[] box, String where, double score, Detection.Kind kind) {

    static Found of(int part, Detection d, int width, int height) {
        return new Found(part, d.label(), d.box().normalized(width, height), Md.where(d.box(), width, height),
                d.score(), d.kindOf());
    }

    /** The box's centre as {@code [y, x]} in 0–1000. */
    public int[] point() {
        return new int[] {(box[0] + box[2]) / 2, (box[1] + box[3]) / 2};
    }

    /** The share of the picture the box covers, 0–1. */
    public double area() {
        return (box[2] - box[0]) * (box[3] - box[1]) / 1_000_000.0;
    }
}
