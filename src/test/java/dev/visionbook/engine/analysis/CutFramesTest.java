package dev.visionbook.engine.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;

/** Placing a cut among the frames between two samples, on made-up 25 fps frames. */
class CutFramesTest {

    private static final double FRAME = 0.04;

    @Test
    void aHardCutGoesOnTheFirstFrameOfTheNewShot() {
        CutFrames cuts = new CutFrames();
        feed(cuts, 0, 1, t -> t < 0.48 ? Color.RED : Color.BLUE);
        assertEquals(0.48, cuts.sample(1.0, true), 1e-9);
    }

    /** A wipe from red to blue over 0.2–0.6 s is half blue at 0.4 s; the next frame, at 0.44 s, is more blue. */
    @Test
    void aGradualTransitionGoesOnTheFirstFrameNearerTheNewShot() {
        CutFrames cuts = new CutFrames();
        for (int i = 0; i <= 25; i++) {
            double t = i * FRAME;
            cuts.frame(t, wipe(Math.min(1, Math.max(0, (t - 0.2) / 0.4))));
            if (i == 0) {
                cuts.sample(0, false);
            }
        }
        assertEquals(0.44, cuts.sample(1.0, true), 1e-9);
    }

    @Test
    void aSampleThatIsNoCutKeepsItsTime() {
        CutFrames cuts = new CutFrames();
        feed(cuts, 0, 1, t -> t < 0.48 ? Color.RED : Color.BLUE);
        assertEquals(1.0, cuts.sample(1.0, false), 0);
    }

    @Test
    void aFrameStartingJustAfterTheSampleCountsAsShownAtIt() {
        CutFrames cuts = new CutFrames();
        cuts.frame(0, image(Color.RED));
        cuts.sample(0, false);
        cuts.frame(1.01, image(Color.BLUE)); // a slideshow's next picture, 10 ms after the sample it is shown at
        assertEquals(1.0, cuts.sample(1.0, true), 0);
    }

    /** Sampling every 30 s: 750 frames between samples, more than the 256 kept; the cut is placed within 4 frames. */
    @Test
    void manyFramesBetweenSamplesAreThinnedNotAllKept() {
        CutFrames cuts = new CutFrames();
        feed(cuts, 0, 30, t -> t < 17.0 ? Color.RED : Color.BLUE);
        double at = cuts.sample(30.0, true);
        assertEquals(17.0, at, 4 * FRAME + 1e-9);
        // The next interval starts afresh, at full resolution.
        feed(cuts, 30 + FRAME, 31, t -> t < 30.52 ? Color.BLUE : Color.GREEN);
        assertEquals(30.52, cuts.sample(31.0, true), 1e-9);
    }

    /** Frames from {@code from} to {@code to} inclusive, each a flat colour, then the first sample at {@code from}. */
    private static void feed(CutFrames cuts, double from, double to, java.util.function.DoubleFunction<Color> colour) {
        boolean first = from == 0;
        for (long i = Math.round(from / FRAME); i * FRAME <= to + 1e-9; i++) {
            double t = i * FRAME;
            cuts.frame(t, image(colour.apply(t)));
            if (first) {
                cuts.sample(0, false);
                first = false;
            }
        }
    }

    /** Blue over the left {@code covered} fraction of the columns, red elsewhere. */
    private static BufferedImage wipe(double covered) {
        BufferedImage image = image(Color.RED);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.BLUE);
        g.fillRect(0, 0, (int) Math.round(96 * covered), 54);
        g.dispose();
        return image;
    }

    private static BufferedImage image(Color colour) {
        BufferedImage image = new BufferedImage(96, 54, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(colour);
        g.fillRect(0, 0, 96, 54);
        g.dispose();
        return image;
    }
}
