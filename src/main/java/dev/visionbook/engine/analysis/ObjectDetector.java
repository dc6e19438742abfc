package dev.visionbook.engine.analysis;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The 80 COCO classes with MB3-CenterNet (MobileNetV3 backbone, 512 × 512 input), the model
 * {@code @vladmandic/human} ships as {@code centernet}. The network gives a heatmap per class and
 * four box distances per cell on a grid a quarter of the input's side; its graph's own ending, a
 * peak search, is done here as it does it: a cell is a peak when no cell of its 3 × 3 neighbourhood
 * in that class scores higher, and the 100 best peaks are kept. Those over
 * {@value #CANDIDATE_SCORE} are candidates, overlapping ones suppressed, and {@link ScoreFloors}
 * decides which candidates are claimed. Input is RGB 0–255, letterboxed.
 *
 * <p>Threading: safe for concurrent callers; the network runs one pass at a time.
 */
final class ObjectDetector {

    static final int INPUT = 512;
    /** Below every floor {@link ScoreFloors} may choose: the evaluation measures what lies above it. */
    static final double CANDIDATE_SCORE = 0.15;

    static final String HEATMAP = "tower_0/Sigmoid";
    /** Distances from a cell's centre to the box's left, top, right and bottom edges, in input pixels. */
    static final String DISTANCES = "tower_0/mul";
    private static final int TOP_K = 100;

    private final DnnNetwork network;

    ObjectDetector(DnnNetwork network) {
        this.network = network;
    }

    static ObjectDetector load(String folder) throws IOException {
        return new ObjectDetector(DnnNetwork.load(folder, "centernet", List.of(HEATMAP, DISTANCES)));
    }

    /** Candidates over {@value #CANDIDATE_SCORE}, overlapping ones suppressed, most confident first. */
    List<Detection> candidates(BufferedImage image) {
        Letterbox input = Letterbox.of(image, INPUT);
        Map<String, DnnNetwork.FeatureMap> out = network.run(input.planar(1, 0), INPUT);
        DnnNetwork.FeatureMap heat = out.get(HEATMAP);
        DnnNetwork.FeatureMap distances = out.get(DISTANCES);
        double stride = INPUT / (double) heat.width();
        List<Detection> found = new ArrayList<>();
        for (Peak peak : peaks(heat)) {
            double x = peak.x() * stride;
            double y = peak.y() * stride;
            PixelBox box = input.toImage(x - distances.at(0, peak.y(), peak.x()), y - distances.at(1, peak.y(), peak.x()),
                    x + distances.at(2, peak.y(), peak.x()), y + distances.at(3, peak.y(), peak.x()));
            if (box != null) {
                found.add(new Detection("thing", CocoClasses.name(peak.channel()), "", box,
                        Math.round(peak.score() * 100) / 100.0));
            }
        }
        return Suppression.apply(found, 0.5, 0.85);
    }

    /** A local maximum of one class's heatmap. */
    record Peak(int channel, int y, int x, float score) {
    }

    /** The {@value #TOP_K} best peaks over {@value #CANDIDATE_SCORE}, best first. */
    static List<Peak> peaks(DnnNetwork.FeatureMap heat) {
        List<Peak> peaks = new ArrayList<>();
        for (int c = 0; c < heat.channels(); c++) {
            for (int y = 0; y < heat.height(); y++) {
                for (int x = 0; x < heat.width(); x++) {
                    float score = heat.at(c, y, x);
                    if (score >= CANDIDATE_SCORE && isPeak(heat, c, y, x, score)) {
                        peaks.add(new Peak(c, y, x, score));
                    }
                }
            }
        }
        peaks.sort(Comparator.comparingDouble(Peak::score).reversed());
        return peaks.size() > TOP_K ? List.copyOf(peaks.subList(0, TOP_K)) : peaks;
    }

    private static boolean isPeak(DnnNetwork.FeatureMap heat, int c, int y, int x, float score) {
        for (int ny = Math.max(0, y - 1); ny <= Math.min(heat.height() - 1, y + 1); ny++) {
            for (int nx = Math.max(0, x - 1); nx <= Math.min(heat.width() - 1, x + 1); nx++) {
                if (heat.at(c, ny, nx) > score) {
                    return false;
                }
            }
        }
        return true;
    }
}
