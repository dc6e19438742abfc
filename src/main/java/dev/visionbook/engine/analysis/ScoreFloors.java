package dev.visionbook.engine.analysis;

/**
 * When a COCO class the object detector scores is claimed. Chosen on the tuning half of a labelled
 * evaluation set (generated flat-shape drawings and photos with known content) and checked on its
 * held-out half by {@code DetectionEvaluationTest}, which re-derives these numbers:
 * <ul>
 * <li>on photos (no plain background) a score of at least {@value #PHOTO};</li>
 * <li>on a plain background, at least {@value #PLAIN_BACKGROUND}, and the claim must lie on an
 *     outlined object drawn in detail (more than one flat colour). A flat one-colour silhouette
 *     shows only its outline, and the detector, trained on photos, scores circles, stars and
 *     triangles as frisbees, kites and airplanes up to 0.66, above true finds such as a horse's
 *     silhouette (0.60): no score floor tells them apart, so silhouettes get no class.</li>
 * </ul>
 */
final class ScoreFloors {

    /** Photos and anything else without a plain background. */
    static final double PHOTO = 0.45;
    /** Drawings and clipart on one plain colour. */
    static final double PLAIN_BACKGROUND = 0.39;

    private ScoreFloors() {
    }

    static double floor(boolean plainBackground) {
        return plainBackground ? PLAIN_BACKGROUND : PHOTO;
    }

    static boolean keeps(Detection thing, ObjectFinder.Result outlines) {
        if (!outlines.plain()) {
            return thing.score() >= PHOTO;
        }
        return thing.score() >= PLAIN_BACKGROUND && onDetail(thing.box(), outlines);
    }

    /** Whether the box and a detailed object's box overlap by half of the smaller one. */
    static boolean onDetail(PixelBox box, ObjectFinder.Result outlines) {
        return outlines.detailed().stream().anyMatch(detail -> {
            long w = Math.max(0, Math.min(box.right(), detail.right()) - Math.max(box.left(), detail.left()));
            long h = Math.max(0, Math.min(box.bottom(), detail.bottom()) - Math.max(box.top(), detail.top()));
            return w * h >= 0.5 * Math.min(box.area(), detail.area());
        });
    }
}
