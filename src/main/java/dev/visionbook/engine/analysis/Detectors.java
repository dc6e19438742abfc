package dev.visionbook.engine.analysis;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The neural detectors, objects (CenterNet) and faces (BlazeFace), run by OpenCV's DNN module
 * inside the JVM ({@link DnnNetwork}) from the TF.js models the build copies out of the npm package
 * {@code @vladmandic/human}. Loaded once per JVM, on first use (about 2 s), and kept: every
 * engine shares them. When they cannot start (no OpenCV native library for this platform, models
 * missing) the reason is logged once and {@link #unavailable} says it, so the engine falls back to
 * outlines and OpenCV's face cascade and the answers say so.
 *
 * <p>Thread-safe: loading is synchronized; each network runs one pass at a time.
 */
public final class Detectors {

    static final String MODELS = "/dev/visionbook/engine/models/";
    private static final Logger LOG = LoggerFactory.getLogger(Detectors.class);
    private static Detectors shared;

    private final String folder;
    private ObjectDetector objects;
    private FaceDetector faces;
    private String unavailable;
    private boolean tried;

    Detectors(String folder) {
        this.folder = folder;
    }

    /** The JVM's detectors, not yet loaded. */
    public static synchronized Detectors shared() {
        if (shared == null) {
            shared = new Detectors(MODELS);
        }
        return shared;
    }

    /** Why detection is off, or empty when the detectors run (loads them if not yet tried). */
    public Optional<String> unavailable() {
        load();
        return Optional.ofNullable(unavailable);
    }

    /** COCO objects found, most confident first; empty when the detectors are unavailable. */
    public List<Detection> things(BufferedImage image) {
        return things(image, new ObjectFinder().outlines(image));
    }

    /**
     * COCO objects found, most confident first, given the image's outlines: on a plain background
     * a class needs a higher score and detailed drawing under it ({@link ScoreFloors}).
     */
    List<Detection> things(BufferedImage image, ObjectFinder.Result outlines) {
        return candidates(image).stream().filter(d -> ScoreFloors.keeps(d, outlines)).toList();
    }

    /** Every candidate over {@link ObjectDetector#CANDIDATE_SCORE}, for measuring the floors. */
    List<Detection> candidates(BufferedImage image) {
        ObjectDetector detector = load() ? objects : null;
        return detector == null ? List.of() : detector.candidates(image);
    }

    /** Faces found, most confident first; empty when the detectors are unavailable. */
    public List<Detection> faces(BufferedImage image) {
        FaceDetector detector = load() ? faces : null;
        return detector == null ? List.of() : detector.find(image);
    }

    private synchronized boolean load() {
        if (!tried) {
            tried = true;
            long start = System.nanoTime();
            try {
                objects = ObjectDetector.load(folder);
                faces = FaceDetector.load(folder);
                LOG.info("Object and face detectors loaded in {} ms", (System.nanoTime() - start) / 1_000_000);
            } catch (IOException | RuntimeException | LinkageError e) {
                objects = null;
                faces = null;
                unavailable = "object and face recognition is off (" + e.getClass().getSimpleName() + ": "
                        + e.getMessage() + "); objects are only outlined on plain backgrounds and faces found with"
                        + " OpenCV's cascade";
                LOG.warn("The local engine's detectors could not start: {}", unavailable);
            }
        }
        return unavailable == null;
    }
}
