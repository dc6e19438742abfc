package dev.visionbook.engine.analysis;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import org.tensorflow.Result;
import org.tensorflow.Session;
import org.tensorflow.types.TFloat32;

/**
 * Faces with MediaPipe's BlazeFace (front-camera model, 256 × 256 input), the detector
 * {@code @vladmandic/human} ships as {@code blazeface}. It scores 896 anchors: 512 on a 16 × 16 grid
 * (2 each) and 384 on an 8 × 8 grid (6 each); each anchor's row holds a logit and a box offset
 * and size in input pixels. Decoding follows human's {@code blazeface.ts}. Input is RGB scaled to
 * −1…1, letterboxed.
 *
 * <p>Threading: TensorFlow sessions may be run concurrently; this class keeps no other state.
 */
final class FaceDetector {

    static final int INPUT = 256;
    /** MediaPipe's own threshold for this model; at 0.6 a cat's face in a photo scored 0.64 and passed for a person's. */
    static final double MIN_SCORE = 0.75;

    private final Session session;
    private final float[][] anchors = anchors();

    FaceDetector(Session session) {
        this.session = session;
    }

    List<Detection> find(BufferedImage image) {
        Letterbox input = Letterbox.of(image, INPUT);
        List<Detection> found = new ArrayList<>();
        try (TFloat32 pixels = input.tensor(1 / 127.5f, -1);
             Result result = session.runner().feed("input", pixels).fetch("Identity").fetch("Identity_1")
                     .fetch("Identity_2").fetch("Identity_3").run()) {
            // Outputs by size: scores and boxes of the 512 fine anchors, then of the 384 coarse ones.
            TFloat32[] scores = new TFloat32[2];
            TFloat32[] boxes = new TFloat32[2];
            for (int i = 0; i < 4; i++) {
                TFloat32 t = (TFloat32) result.get(i);
                int grid = t.shape().get(1) == 512 ? 0 : 1;
                if (t.shape().get(2) == 1) {
                    scores[grid] = t;
                } else {
                    boxes[grid] = t;
                }
            }
            int anchor = 0;
            for (int grid = 0; grid < 2; grid++) {
                long count = scores[grid].shape().get(1);
                for (long k = 0; k < count; k++, anchor++) {
                    double logit = Math.max(-80, Math.min(80, scores[grid].getFloat(0, k, 0)));
                    double score = 1 / (1 + Math.exp(-logit));
                    if (score < MIN_SCORE) {
                        continue;
                    }
                    double cx = anchors[anchor][0] + boxes[grid].getFloat(0, k, 0);
                    double cy = anchors[anchor][1] + boxes[grid].getFloat(0, k, 1);
                    double w = boxes[grid].getFloat(0, k, 2);
                    double h = boxes[grid].getFloat(0, k, 3);
                    PixelBox box = input.toImage(cx - w / 2, cy - h / 2, cx + w / 2, cy + h / 2);
                    if (box != null) {
                        found.add(new Detection("face", "face", "", box, Math.round(score * 100) / 100.0));
                    }
                }
            }
        }
        return Suppression.apply(found, 0.3, 0.3);
    }

    /** Anchor centres in input pixels, in the model's output order (human's generateAnchors). */
    private static float[][] anchors() {
        float[][] out = new float[896][];
        int n = 0;
        int[] strides = {16, 32};
        int[] perCell = {2, 6};
        for (int s = 0; s < strides.length; s++) {
            int cells = (INPUT + strides[s] - 1) / strides[s];
            for (int y = 0; y < cells; y++) {
                for (int x = 0; x < cells; x++) {
                    for (int a = 0; a < perCell[s]; a++) {
                        out[n++] = new float[] {strides[s] * (x + 0.5f), strides[s] * (y + 0.5f)};
                    }
                }
            }
        }
        return out;
    }
}
