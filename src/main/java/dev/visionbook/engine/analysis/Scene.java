package dev.visionbook.engine.analysis;

/**
 * A shot between two cuts, in seconds from the start of the video.
 *
 * @param start when its first frame starts to be shown (to the frame, though cuts are found on the samples)
 * @param end when the next scene's first frame starts, or the end of the video
 * @param keyFrameAt when the key frame was sampled: the sample a second after the first sample in
 *     the scene when it lasts that long, else that first sample
 * @param keyFrame what the image analyzers found in the key frame
 */
public record Scene(double start, double end, double keyFrameAt, ImageAnalysis keyFrame) {
}
