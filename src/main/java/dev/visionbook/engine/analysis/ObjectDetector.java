package dev.visionbook.engine.analysis;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import org.tensorflow.Result;
import org.tensorflow.Session;
import org.tensorflow.types.TFloat32;

/**
 * The 80 COCO classes with MB3-CenterNet (MobileNetV3 backbone, 512 × 512 input), the model
 * {@code @vladmandic/human} ships as {@code centernet}. Its graph ends in a top-100 peak search that
 * gives {@code [x1, y1, x2, y2, score, class]} rows in input pixels; those over
 * {@value #CANDIDATE_SCORE} are candidates, overlapping ones suppressed, and {@link ScoreFloors}
 * decides which candidates are claimed. Input is RGB 0–255, letterboxed.
 *
 * <p>Threading: TensorFlow sessions may be run concurrently; this class keeps no other state.
 */
final class ObjectDetector {

    static final int INPUT = 512;
    /** Below every floor {@link ScoreFloors} may choose: the evaluation measures what lies above it. */
    static final double CANDIDATE_SCORE = 0.15;

    private final Session session;

    ObjectDetector(Session session) {
        this.session = session;
    }

    /** Candidates over {@value #CANDIDATE_SCORE}, overlapping ones suppressed, most confident first. */
    List<Detection> candidates(BufferedImage image) {
        Letterbox input = Letterbox.of(image, INPUT);
        List<Detection> found = new ArrayList<>();
        try (TFloat32 pixels = input.tensor(1, 0);
             Result result = session.runner().feed("tower_0/images", pixels).fetch("tower_0/detections").run()) {
            TFloat32 rows = (TFloat32) result.get(0);
            long count = rows.shape().get(1);
            for (long k = 0; k < count; k++) {
                double score = rows.getFloat(0, k, 4);
                if (!(score >= CANDIDATE_SCORE)) {
                    continue;
                }
                PixelBox box = input.toImage(rows.getFloat(0, k, 0), rows.getFloat(0, k, 1), rows.getFloat(0, k, 2),
                        rows.getFloat(0, k, 3));
                if (box != null) {
                    String label = CocoClasses.name(Math.round(rows.getFloat(0, k, 5)));
                    found.add(new Detection("thing", label, "", box, Math.round(score * 100) / 100.0));
                }
            }
        }
        return Suppression.apply(found, 0.5, 0.85);
    }
}
