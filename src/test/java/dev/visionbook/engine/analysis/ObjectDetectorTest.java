package dev.visionbook.engine.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The peak search the CenterNet graph ends in, done in Java as the graph does it. */
class ObjectDetectorTest {

    @Test
    void aPeakIsACellNoNeighbourOfItsClassBeats() {
        float[] values = new float[2 * 4 * 4];
        set(values, 4, 0, 1, 1, 0.9f);
        set(values, 4, 0, 1, 2, 0.5f); // beaten by its left neighbour
        set(values, 4, 0, 3, 3, 0.4f); // a corner, neighbours cut at the edge
        set(values, 4, 1, 1, 2, 0.6f); // another class: not beaten by class 0's 0.9
        set(values, 4, 0, 2, 0, 0.1f); // under the candidate score
        List<ObjectDetector.Peak> peaks = ObjectDetector.peaks(new DnnNetwork.FeatureMap(2, 4, 4, values));
        assertEquals(List.of(new ObjectDetector.Peak(0, 1, 1, 0.9f), new ObjectDetector.Peak(1, 1, 2, 0.6f),
                new ObjectDetector.Peak(0, 3, 3, 0.4f)), peaks);
    }

    @Test
    void equalNeighboursAreBothPeaksAsWithTheGraphsMaxPoolEquality() {
        float[] values = new float[3 * 3];
        set(values, 3, 0, 1, 0, 0.5f);
        set(values, 3, 0, 1, 1, 0.5f);
        assertEquals(2, ObjectDetector.peaks(new DnnNetwork.FeatureMap(1, 3, 3, values)).size());
    }

    @Test
    void onlyTheHundredBestPeaksAreKept() {
        int side = 30;
        float[] values = new float[side * side];
        for (int y = 0; y < side; y += 2) {
            for (int x = 0; x < side; x += 2) {
                set(values, side, 0, y, x, 0.2f + (y * side + x) / (float) (side * side));
            }
        }
        List<ObjectDetector.Peak> peaks = ObjectDetector.peaks(new DnnNetwork.FeatureMap(1, side, side, values));
        assertEquals(100, peaks.size());
        assertEquals(new ObjectDetector.Peak(0, 28, 28, values[28 * side + 28]), peaks.get(0));
    }

    /** Sets a cell of a map of square {@code side × side} channels. */
    private static void set(float[] values, int side, int channel, int y, int x, float value) {
        values[(channel * side + y) * side + x] = value;
    }
}
