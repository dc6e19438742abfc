package dev.visionbook.engine.analysis;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs every image analyzer on one image: recognised things (COCO classes), outlined objects and
 * the detailed parts inside them, faces, text, colours and sharpness. Faces come from BlazeFace, or
 * from OpenCV's cascade when the neural detectors cannot start. Deterministic for the same pixels.
 * Thread-safe.
 */
public final class ImageAnalyzer {

    private final ObjectFinder objects = new ObjectFinder();
    private final FaceFinder cascadeFaces = new FaceFinder();
    private final TextReader text = new TextReader();
    private final Detectors detectors;

    /** An analyzer using the JVM's shared detectors. */
    public ImageAnalyzer() {
        this(Detectors.shared());
    }

    ImageAnalyzer(Detectors detectors) {
        this.detectors = detectors;
    }

    public ImageAnalysis analyse(BufferedImage image) {
        return analyse(image, true);
    }

    /** With {@code readText == false} OCR is skipped (video frames read their text separately). */
    public ImageAnalysis analyse(BufferedImage image, boolean readText) {
        List<String> notes = new ArrayList<>();
        detectors.unavailable().ifPresent(notes::add);
        ObjectFinder.Result found = objects.find(image);
        List<TextLine> lines = List.of();
        if (readText) {
            text.unavailable().ifPresent(notes::add);
            lines = text.read(image, found.plain() ? found.textRegions() : List.of());
        }
        List<Detection> detections = new ArrayList<>(detectors.things(image, found));
        detections.addAll(found.withText(lines));
        detections.addAll(found.parts());
        if (detectors.unavailable().isEmpty()) {
            detections.addAll(detectors.faces(image));
        } else {
            for (PixelBox face : cascadeFaces.find(image)) {
                detections.add(new Detection("face", "face", "", face));
            }
        }
        for (TextLine line : lines) {
            String label = "text \"" + line.text() + "\"";
            if (detections.stream().noneMatch(d -> d.label().equals(label))) {
                detections.add(new Detection("text", label, "", line.box()));
            }
        }
        double sharpness = Sharpness.score(image);
        return new ImageAnalysis(image.getWidth(), image.getHeight(), found.plain(),
                found.plain() ? ColourNames.name(found.background()) : "", List.copyOf(detections), lines,
                ColourNames.dominant(image), sharpness, !Double.isNaN(sharpness) && sharpness < Sharpness.BLURRY_BELOW, List.copyOf(notes));
    }

    public TextReader textReader() {
        return text;
    }
}
