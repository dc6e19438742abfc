package dev.visionbook.engine.analysis;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Faces with MediaPipe's BlazeFace (front-camera model, 256 × 256 input), the detector
 * {@code @vladmandic/human} ships as {@code blazeface}. It scores 896 anchors: 512 on a 16 × 16 grid
 * (2 each) and 384 on an 8 × 8 grid (6 each); each anchor has a logit and a box offset and size in
 * input pixels. The network's last convolutions are read directly: the graph's own ending only
 * reshapes them into rows, anchor after anchor of each cell. Decoding follows human's
 * {@code blazeface.ts}. Input is RGB scaled to −1…1, letterboxed.
 *
 * <p>Threading: safe for concurrent callers; the network runs one pass at a time.
 */
final class FaceDetector {

    static final int INPUT = 256;
    /** MediaPipe's own threshold for this model; at 0.6 a cat's face in a photo scored 0.64 and passed for a person's. */
    static final double MIN_SCORE = 0.75;
    /** Values per anchor in the box outputs: the box, then six landmarks this engine does not use. */
    private static final int BOX_VALUES = 16;
    private static final String LAYERS = "StatefulPartitionedCall/functional_1/";
    /** Scores and boxes of the fine grid (16 × 16, 2 anchors a cell), then of the coarse one (8 × 8, 6). */
    static final List<String> SCORES = List.of(LAYERS + "conv2d_33/BiasAdd", LAYERS + "conv2d_34/BiasAdd");
    static final List<String> BOXES = List.of(LAYERS + "conv2d_35/BiasAdd", LAYERS + "conv2d_36/BiasAdd");

    private final DnnNetwork network;
    private final float[][] anchors = anchors();

    FaceDetector(DnnNetwork network) {
        this.network = network;
    }

    static FaceDetector load(String folder) throws IOException {
        List<String> outputs = new ArrayList<>(SCORES);
        outputs.addAll(BOXES);
        return new FaceDetector(DnnNetwork.load(folder, "blazeface", outputs));
    }

    List<Detection> find(BufferedImage image) {
        Letterbox input = Letterbox.of(image, INPUT);
        Map<String, DnnNetwork.FeatureMap> out = network.run(input.planar(1 / 127.5f, -1), INPUT);
        List<Detection> found = new ArrayList<>();
        int anchor = 0;
        for (int grid = 0; grid < SCORES.size(); grid++) {
            DnnNetwork.FeatureMap scores = out.get(SCORES.get(grid));
            DnnNetwork.FeatureMap boxes = out.get(BOXES.get(grid));
            for (int y = 0; y < scores.height(); y++) {
                for (int x = 0; x < scores.width(); x++) {
                    for (int a = 0; a < scores.channels(); a++, anchor++) {
                        Detection face = decode(input, scores, boxes, a, y, x, anchors[anchor]);
                        if (face != null) {
                            found.add(face);
                        }
                    }
                }
            }
        }
        return Suppression.apply(found, 0.3, 0.3);
    }

    /** Anchor {@code a} of cell ({@code x}, {@code y}) as a face, or null when it scores under {@value #MIN_SCORE} or falls outside the image. */
    private static Detection decode(Letterbox input, DnnNetwork.FeatureMap scores, DnnNetwork.FeatureMap boxes,
                                    int a, int y, int x, float[] anchor) {
        double logit = Math.max(-80, Math.min(80, scores.at(a, y, x)));
        double score = 1 / (1 + Math.exp(-logit));
        if (score < MIN_SCORE) {
            return null;
        }
        int first = a * BOX_VALUES;
        double cx = anchor[0] + boxes.at(first, y, x);
        double cy = anchor[1] + boxes.at(first + 1, y, x);
        double w = boxes.at(first + 2, y, x);
        double h = boxes.at(first + 3, y, x);
        PixelBox box = input.toImage(cx - w / 2, cy - h / 2, cx + w / 2, cy + h / 2);
        return box == null ? null : new Detection("face", "face", "", box, Math.round(score * 100) / 100.0);
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
