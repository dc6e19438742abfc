package dev.visionbook.engine.analysis;

/**
 * A shot between two cuts, in seconds from the start of the video.
 *
 * @param keyFrameAt when the key frame was taken (a second into the scene when it lasts that long)
 * @param keyFrame what the image analyzers found in the key frame
 */
public record Scene(double start, double end, double keyFrameAt, ImageAnalysis keyFrame) {
}
