package dev.visionbook.engine.answers;

import dev.visionbook.engine.analysis.ColourShare;
import dev.visionbook.engine.analysis.ImageAnalysis;
import dev.visionbook.engine.analysis.PixelBox;
import dev.visionbook.media.MediaException;
import java.util.List;

/**
 * Measurements a writer asks for on request — the colours inside a box, the frame shown at a
 * moment — made by the engine's measurements, so that writers ask rather than measure.
 */
public interface Regions {

    /** The main colours inside {@code box} of {@code picture}, one of the part's pictures (a video's key frames). */
    List<ColourShare> colours(Evidence part, ImageAnalysis picture, PixelBox box);

    /** What the frame shown at {@code seconds} of a video part holds. */
    ImageAnalysis frameAt(Evidence part, double seconds) throws MediaException;
}
