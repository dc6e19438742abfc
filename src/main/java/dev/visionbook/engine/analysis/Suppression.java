package dev.visionbook.engine.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Greedy non-maximum suppression: of detections that overlap more than a threshold, only the most
 * confident is kept. Ties are broken by position so the result does not depend on input order.
 */
final class Suppression {

    private Suppression() {
    }

    /**
     * @param sameLabelIoU overlap above which two detections of the same label are one
     * @param anyLabelIoU overlap above which two detections are one whatever their labels (a box
     *     holds one thing; the detector sometimes names it twice)
     */
    static List<Detection> apply(List<Detection> found, double sameLabelIoU, double anyLabelIoU) {
        List<Detection> sorted = new ArrayList<>(found);
        sorted.sort(Comparator.comparingDouble(Detection::score).reversed()
                .thenComparingInt(d -> d.box().left()).thenComparingInt(d -> d.box().top())
                .thenComparing(Detection::label));
        List<Detection> kept = new ArrayList<>();
        for (Detection d : sorted) {
            boolean covered = kept.stream().anyMatch(k -> {
                double iou = k.box().iou(d.box());
                return iou > anyLabelIoU || (k.label().equals(d.label()) && iou > sameLabelIoU);
            });
            if (!covered) {
                kept.add(d);
            }
        }
        return kept;
    }
}
