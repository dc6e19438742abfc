package dev.visionbook.engine.analysis;

import java.util.List;

/**
 * Everything measured about one video, kept as JSON next to the file (see {@link AnalysisCache}).
 *
 * @param version the analysis format; a cached analysis of another version is redone
 * @param seconds length covered by the sampled frames (the decoder's end of the last frame)
 * @param width frame width in pixels, upright
 * @param height frame height in pixels
 * @param fps frames sampled per second
 * @param scenes in time order; a video without cuts is one scene
 * @param text on-screen text in order of appearance
 * @param transcript what was said
 * @param cutScores the change between each sampled frame and the one before (for tuning and tests)
 */
public record VideoAnalysis(int version, double seconds, int width, int height, double fps, List<Scene> scenes,
        List<TextSpan> text, Transcript transcript, List<Double> cutScores) {

    /**
     * 3: scenes start and end on the frame of the cut, no longer on the sample after it. 4: key
     * frames list the detailed parts inside outlined objects. 5: separate shapes are separate
     * objects however close; COCO classes use {@link ScoreFloors}.
     */
    public static final int VERSION = 5;

    /**
     * The part of the analysis within [from, to) seconds, as a prompt's videoMetadata asks:
     * scenes, text and speech that overlap it, times unchanged (they stay those of the whole video).
     */
    public VideoAnalysis clip(double from, double to) {
        if (from <= 0 && to >= seconds) {
            return this;
        }
        List<Scene> inside = scenes.stream().filter(s -> s.end() > from && s.start() < to).toList();
        List<TextSpan> shown = text.stream().filter(s -> s.to() > from && s.from() < to).toList();
        Transcript said = transcript.unavailable() != null ? transcript : new Transcript(transcript.recogniser(),
                transcript.utterances().stream().filter(u -> u.end() > from && u.start() < to).toList(), null,
                transcript.realTimeFactor());
        return new VideoAnalysis(version, seconds, width, height, fps, inside.isEmpty() ? scenes : inside, shown, said,
                cutScores);
    }

    /** The scene shown at {@code second}. */
    public Scene sceneAt(double second) {
        Scene found = scenes.get(0);
        for (Scene scene : scenes) {
            if (scene.start() <= second + 1e-6) {
                found = scene;
            }
        }
        return found;
    }
}
