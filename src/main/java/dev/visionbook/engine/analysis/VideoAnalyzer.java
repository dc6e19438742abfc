package dev.visionbook.engine.analysis;

import dev.visionbook.media.MediaException;
import dev.visionbook.media.VideoFrames;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Analyses a whole video in one pass over its frames sampled at a given rate (1 fps unless the
 * request's videoMetadata.fps says otherwise; read in order, not by seeking):
 * scene cuts, a key frame per scene described by the image analyzers, and on-screen text; while
 * the frames are read, speech recognition runs in its own process on the sound.
 *
 * <p>Cuts are decided on the samples but placed on the frame where they happened, from small
 * copies of the frames in between ({@link CutFrames}): a slide that appears at 7.48 s starts its
 * scene at 7.48 s, not at the 8 s sample, so speech from then on belongs to it. Key frames, text
 * and detections stay on the samples. Text is read on some of the samples only, and on the others
 * where the readings around them differ ({@link TextSampler}): OCR is most of the frame pass's cost.
 *
 * <p>The frames are read through to the end, so a video that stops decoding early, or part-way,
 * fails with the decoder's reason: the analysis is also the check that an upload plays.
 *
 * <p>Threading: a call uses the calling thread plus the recogniser's threads and processes; calls
 * may run concurrently on different files. An interrupted call stops at the next sampled frame
 * and its recognition is cancelled.
 */
public final class VideoAnalyzer {

    /** At most this many frames are read for text; longer videos are read every few seconds. */
    private static final int MAX_OCR_FRAMES = 600;

    private final ImageAnalyzer images;
    private final SpeechRecognizer speech;

    public VideoAnalyzer(ImageAnalyzer images, SpeechRecognizer speech) {
        this.images = images;
        this.speech = speech;
    }

    /** The analysis at the service's default rate, 1 frame per second. */
    public VideoAnalysis analyse(Path video, double durationHint) throws MediaException {
        return analyse(video, durationHint, 1.0);
    }

    /**
     * @param durationHint the video's length in seconds if known, else 0 (spaces out OCR on long videos)
     * @param fps frames sampled per second, as videoMetadata.fps (the service accepts over 0 up to 24)
     * @throws IllegalArgumentException if {@code fps} is not in that range
     */
    public VideoAnalysis analyse(Path video, double durationHint, double fps) throws MediaException {
        if (!(fps > 0 && fps <= 24)) {
            throw new IllegalArgumentException("Frames per second must be over 0 and at most 24: " + fps);
        }
        SpeechRecognizer.Running recognition = speech.start(video);
        try {
            return analyse(video, durationHint, fps, recognition);
        } catch (MediaException | RuntimeException e) {
            recognition.cancel();
            throw e;
        }
    }

    private VideoAnalysis analyse(Path video, double durationHint, double fps, SpeechRecognizer.Running recognition)
            throws MediaException {
        double frames = durationHint * fps;
        int ocrStride = frames > MAX_OCR_FRAMES ? (int) Math.ceil(frames / MAX_OCR_FRAMES) : 1;
        SceneCuts cuts = new SceneCuts();
        CutFrames cutFrames = new CutFrames();
        TextSpans spans = new TextSpans(ocrStride / fps);
        TextSampler text = new TextSampler(frame -> images.textReader().read(frame, objectBoxes(frame)), spans::add);
        List<Double> scores = new ArrayList<>();
        List<Scene> scenes = new ArrayList<>();
        int[] size = new int[2];
        double[] last = {-1};
        SceneBuilder current = new SceneBuilder();
        VideoFrames.eachSecond(video, fps, (at, frame) -> {
            if (Thread.currentThread().isInterrupted()) {
                throw new MediaException("The analysis was cancelled.");
            }
            double second = at.toNanos() / 1e9;
            size[0] = frame.getWidth();
            size[1] = frame.getHeight();
            double change = cuts.next(frame);
            scores.add(change);
            boolean first = last[0] < 0;
            boolean cut = !first && cuts.isCut(change);
            double startedAt = cutFrames.sample(second, cut);
            if (first || cut) {
                if (!first) {
                    scenes.add(current.build(images, startedAt));
                }
                current.start(frame, startedAt, second);
            } else if (second - current.sampledAt < 1.0 + 1e-6) {
                // One second after the sample that saw the scene: past any transition, a better key frame.
                current.key(frame, second);
            }
            int index = (int) Math.round(second * fps);
            if (index % ocrStride == 0) {
                text.offer(second, frame, cut);
            }
            last[0] = second;
        }, (from, thumbnail) -> cutFrames.frame(from.toNanos() / 1e9, thumbnail));
        if (last[0] < 0) {
            throw new MediaException("No frame of the video could be read.");
        }
        text.finish();
        double end = last[0] + 1 / fps;
        scenes.add(current.build(images, end));
        Transcript transcript = recognition.finish();
        return new VideoAnalysis(VideoAnalysis.VERSION, end, size[0], size[1], fps, List.copyOf(scenes),
                spans.finish(), transcript, List.copyOf(scores));
    }

    /** The scene being read: its start, the sample that saw it first, and its key frame so far. */
    private static final class SceneBuilder {
        double start;
        double sampledAt;
        double keyAt;
        BufferedImage key;

        /**
         * @param start when the scene's first frame started
         * @param sampledAt the first sample in the scene, where {@code frame} was taken
         */
        void start(BufferedImage frame, double start, double sampledAt) {
            this.start = start;
            this.sampledAt = sampledAt;
            key(frame, sampledAt);
        }

        void key(BufferedImage frame, double at) {
            key = frame;
            keyAt = at;
        }

        Scene build(ImageAnalyzer images, double end) {
            return new Scene(start, end, keyAt, images.analyse(key));
        }
    }

    private List<PixelBox> objectBoxes(BufferedImage frame) {
        ObjectFinder.Result found = new ObjectFinder().outlines(frame);
        return found.plain() ? found.textRegions() : List.of();
    }
}
