package dev.visionbook.media;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.Frame;
import org.bytedeco.javacv.FrameGrabber;

/**
 * Proves that a video (or audio) file really decodes, by decoding all of it with FFmpeg, and
 * reports what it contains. Used before an uploaded file becomes ACTIVE.
 *
 * <p>Decoding streams through the file one frame at a time, so memory use does not grow with the
 * file's length. Calls are independent and may run concurrently on different files.
 */
public final class VideoProbe {

    /**
     * What decoding a video file found.
     *
     * @param duration the container's duration, or the span of the decoded frames when the container has none
     * @param width coded width of the first video stream, in pixels (rotation metadata not applied)
     * @param height coded height, in pixels
     * @param frameRate average frames per second as declared by the stream (0 when unknown)
     * @param decodedFrames how many video frames actually decoded
     * @param hasAudio whether the file also has an audio stream
     * @param audioSampleRate the audio stream's sample rate in Hz, 0 without audio
     */
    public record VideoInfo(Duration duration, int width, int height, double frameRate, long decodedFrames,
            boolean hasAudio, int audioSampleRate) {
    }

    private VideoProbe() {
    }

    /**
     * Decodes every video frame of {@code file}.
     *
     * @throws MediaException if the file cannot be opened, has no video stream, no frame decodes,
     *     decoding fails part-way, or decoding ends well before the duration the file declares
     */
    public static VideoInfo probe(Path file) throws MediaException {
        requireReadable(file);
        FfmpegNatives.ensureLoaded();
        try (FFmpegFrameGrabber grabber = new FFmpegFrameGrabber(file.toFile())) {
            // RAW hands out FFmpeg's own frame buffers: no colour conversion, no Java images.
            grabber.setImageMode(FrameGrabber.ImageMode.RAW);
            start(grabber, "video");
            if (!grabber.hasVideo()) {
                throw new MediaException(grabber.hasAudio()
                        ? "The file does not contain a video stream, only audio."
                        : "The file does not contain a video stream.");
            }
            return decodeAll(grabber);
        } catch (FrameGrabber.Exception closeFailure) {
            // start() and grabImage() failures are translated where they happen; this is close().
            throw new MediaException("The video could not be processed (FFmpeg: "
                    + FfmpegErrors.describe(closeFailure) + ").", closeFailure);
        }
    }

    /**
     * How long a video file says it is, from its container alone, without decoding it: for a
     * caller that decodes the whole video anyway (through {@link VideoFrames#eachSecond}, which
     * also fails on a truncated file) and should not decode it twice.
     *
     * @return the container's duration, or empty when it has none (then {@link #probe} measures it)
     * @throws MediaException if the file cannot be opened or has no video stream
     */
    public static Optional<Duration> statedDuration(Path file) throws MediaException {
        try (VideoDecoder decoder = VideoDecoder.open(file)) {
            return decoder.length();
        }
    }

    /**
     * The duration of an audio file, after decoding all of its samples to make sure it plays.
     *
     * @throws MediaException if the file cannot be opened, has no audio stream, no sample decodes,
     *     or decoding ends well before the duration the file declares
     */
    public static Duration audioDuration(Path file) throws MediaException {
        requireReadable(file);
        FfmpegNatives.ensureLoaded();
        return AudioProbe.duration(file);
    }

    static void requireReadable(Path file) throws MediaException {
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            throw new MediaException("The file could not be read.");
        }
    }

    /** Opens the container and its decoders, translating failure into a reason for the user. */
    static void start(FFmpegFrameGrabber grabber, String kind) throws MediaException {
        try {
            grabber.start();
        } catch (FrameGrabber.Exception e) {
            throw new MediaException("The file does not contain " + article(kind) + " " + kind
                    + " stream that could be decoded (FFmpeg: " + FfmpegErrors.describe(e) + ").", e);
        }
    }

    private static String article(String kind) {
        return kind.startsWith("a") ? "an" : "a";
    }

    private static VideoInfo decodeAll(FFmpegFrameGrabber grabber) throws MediaException {
        long frames = 0;
        long firstMicros = Long.MAX_VALUE;
        long lastMicros = Long.MIN_VALUE;
        try {
            Frame frame;
            while ((frame = grabber.grabImage()) != null) {
                if (frame.image != null) {
                    frames++;
                    // Frames leave the decoder in display order, but be safe with odd streams.
                    firstMicros = Math.min(firstMicros, frame.timestamp);
                    lastMicros = Math.max(lastMicros, frame.timestamp);
                }
            }
        } catch (FrameGrabber.Exception e) {
            throw new MediaException("The video could not be decoded after " + frames + " frames (FFmpeg: "
                    + FfmpegErrors.describe(e) + ").", e);
        }
        if (frames == 0) {
            throw new MediaException(
                    "The file does not contain a video stream that could be decoded (no frame decoded).");
        }
        double frameRate = frameRate(grabber);
        // Timestamps are the container's, so MPEG streams start at 0.5 s or so, not at zero.
        Duration decoded = Duration.ofNanos((lastMicros - firstMicros) * 1000)
                .plusNanos(frameRate > 0 ? Math.round(1e9 / frameRate) : 0);
        StreamTiming.requireWholeVideo(decoded, StreamTiming.declared(grabber, avutil.AVMEDIA_TYPE_VIDEO));
        return new VideoInfo(
                StreamTiming.container(grabber).orElse(decoded),
                grabber.getImageWidth(),
                grabber.getImageHeight(),
                frameRate,
                frames,
                grabber.hasAudio(),
                grabber.hasAudio() ? grabber.getSampleRate() : 0);
    }

    private static double frameRate(FFmpegFrameGrabber grabber) {
        double rate = grabber.getFrameRate();
        return Double.isFinite(rate) && rate > 0 ? rate : 0;
    }
}
