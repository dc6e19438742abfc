package dev.visionbook.engine.analysis;

import java.awt.image.BufferedImage;

/**
 * Places a scene cut on the frame where it happened. {@link SceneCuts} decides, at each sample,
 * whether a new scene started since the sample before; the frames in between are seen only as
 * thumbnails, whose colour histograms this keeps until the next sample. The cut goes on the first
 * of those frames whose colours are closer to the new sample's frame than to the old one's: for a
 * hard cut, the first frame of the new shot; for a dissolve, about its middle. Deciding on the
 * samples keeps SceneCuts' thresholds, tuned on 1-second differences, valid.
 *
 * <p>Memory: one 64-bin histogram (0.5 KB) per frame since the last sample, 30 at 1 fps on 30 fps
 * video. If more than {@link #CAPACITY} frames fall between two samples (sampling slower than one
 * every 8 s at 30 fps), every other kept frame is dropped and from then on only every second
 * (fourth, …) frame is kept, so the cut is placed at most that many frames late.
 *
 * <p>Not thread-safe: one instance per pass over a video.
 */
final class CutFrames {

    static final int CAPACITY = 256;

    private final double[] times = new double[CAPACITY];
    private final double[][] histograms = new double[CAPACITY][];
    /** Kept frames; the first is the frame shown at the last sample, once there was one. */
    private int size;
    /** Only every stride-th frame since the last sample is kept. */
    private int stride = 1;
    /** Frames given since (and including) the last sample's own. */
    private long seen;
    private double latestAt;
    private double[] latest;

    /** A decoded frame, in display order: when it starts to be shown, and a small copy of it. */
    void frame(double from, BufferedImage thumbnail) {
        latest = ColourHistogram.of(thumbnail);
        latestAt = from;
        if (seen % stride == 0) {
            if (size == CAPACITY) {
                thin(); // this frame's index is a multiple of the doubled stride too: CAPACITY is even
            }
            times[size] = from;
            histograms[size++] = latest;
        }
        seen++;
    }

    /**
     * A sample was taken at {@code at}: the frame shown at it is the last one given. Returns, if
     * {@code cut}, when the new scene's first frame started (no later than {@code at}: a frame
     * starting up to half a frame after a sample counts as shown at it), else {@code at}. The
     * frames before this sample are then forgotten.
     */
    double sample(double at, boolean cut) {
        double start = at;
        if (cut && latest != null) {
            start = Math.min(at, firstFrameOfNewScene());
        }
        size = 0;
        stride = 1;
        seen = 0;
        if (latest != null) {
            times[0] = latestAt;
            histograms[0] = latest;
            size = 1;
            seen = 1;
        }
        return start;
    }

    /** The first frame since the previous sample that looks more like this sample than like that one. */
    private double firstFrameOfNewScene() {
        double[] before = histograms[0];
        for (int i = 1; i < size; i++) {
            if (ColourHistogram.distance(histograms[i], latest) < ColourHistogram.distance(histograms[i], before)) {
                return times[i];
            }
        }
        return latestAt; // the sample's own frame (when no frame came between, or it was not kept)
    }

    /** Keeps entries 0, 2, 4, …: every (2·stride)-th frame since the last sample. */
    private void thin() {
        int kept = 0;
        for (int i = 0; i < size; i += 2) {
            times[kept] = times[i];
            histograms[kept++] = histograms[i];
        }
        for (int i = kept; i < size; i++) {
            histograms[i] = null;
        }
        size = kept;
        stride *= 2;
    }
}
