package dev.visionbook.media;

import java.nio.ShortBuffer;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import org.bytedeco.ffmpeg.global.avformat;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.Frame;
import org.bytedeco.javacv.FrameGrabber;

/**
 * The sound of an audio or video file as mono 16-bit PCM at a chosen sample rate, the input
 * speech recognisers expect, streamed in one-second chunks. Calls are independent and may run
 * concurrently on different files.
 */
public final class AudioSamples {

    private static final long MICROS = 1_000_000L;

    /** Receives consecutive chunks in time order. */
    @FunctionalInterface
    public interface ChunkConsumer {
        /**
         * @param start when the chunk's first sample plays, from the start of the file
         * @param samples a new array for each call, mono, signed 16-bit; one second long except
         *     for the last chunk
         * @throws MediaException to stop the stream; it propagates out of {@link #eachChunk}
         */
        void accept(Duration start, short[] samples) throws MediaException;
    }

    private AudioSamples() {
    }

    /**
     * Decodes the file's main audio stream from start to end, mixing it down to mono and
     * resampling it to {@code sampleRate} (16000 for most speech recognisers).
     *
     * @throws MediaException if the file is unreadable, has no decodable audio stream, fails to
     *     decode part-way, or the consumer throws
     * @throws IllegalArgumentException if {@code sampleRate} is not positive
     */
    public static void eachChunk(Path media, int sampleRate, ChunkConsumer consumer) throws MediaException {
        if (sampleRate <= 0) {
            throw new IllegalArgumentException("The sample rate must be positive: " + sampleRate);
        }
        VideoProbe.requireReadable(media);
        FfmpegNatives.ensureLoaded();
        try (FFmpegFrameGrabber grabber = new FFmpegFrameGrabber(media.toFile())) {
            // With these set, JavaCV runs each decoded frame through libswresample for us.
            grabber.setSampleMode(FrameGrabber.SampleMode.SHORT);
            grabber.setSampleFormat(avutil.AV_SAMPLE_FMT_S16);
            grabber.setSampleRate(sampleRate);
            grabber.setAudioChannels(1);
            grabber.setAudioDisposition(avformat.AV_DISPOSITION_DEFAULT);
            VideoProbe.start(grabber, "audio");
            if (!grabber.hasAudio()) {
                throw new MediaException("The file does not contain an audio stream.");
            }
            stream(grabber, sampleRate, consumer);
        } catch (FrameGrabber.Exception closeFailure) {
            throw new MediaException("The audio could not be processed (FFmpeg: "
                    + FfmpegErrors.describe(closeFailure) + ").", closeFailure);
        }
    }

    private static void stream(FFmpegFrameGrabber grabber, int sampleRate, ChunkConsumer consumer)
            throws MediaException {
        long origin = grabber.getFormatContext().start_time();
        short[] chunk = new short[sampleRate];
        int filled = 0;
        long emitted = 0;
        // Chunk times count samples from the first decoded frame, so they stay continuous even
        // though resampled frames do not line up with the original timestamps.
        long firstOffset = Long.MIN_VALUE;
        try {
            Frame frame;
            while ((frame = grabber.grabSamples()) != null) {
                if (frame.samples == null || frame.samples.length == 0) {
                    continue;
                }
                if (firstOffset == Long.MIN_VALUE) {
                    firstOffset = Math.max(0, frame.timestamp - (origin == avutil.AV_NOPTS_VALUE ? 0 : origin));
                }
                ShortBuffer samples = (ShortBuffer) frame.samples[0];
                while (samples.hasRemaining()) {
                    int count = Math.min(samples.remaining(), chunk.length - filled);
                    samples.get(chunk, filled, count);
                    filled += count;
                    if (filled == chunk.length) {
                        consumer.accept(start(firstOffset, emitted, sampleRate), chunk);
                        emitted += filled;
                        chunk = new short[sampleRate];
                        filled = 0;
                    }
                }
            }
        } catch (FrameGrabber.Exception e) {
            throw new MediaException("The audio could not be decoded after "
                    + ClockTime.format(start(Math.max(0, firstOffset), emitted + filled, sampleRate))
                    + " (FFmpeg: " + FfmpegErrors.describe(e) + ").", e);
        }
        if (emitted + filled == 0) {
            throw new MediaException("The file does not contain an audio stream that could be decoded"
                    + " (no sample decoded).");
        }
        if (filled > 0) {
            consumer.accept(start(firstOffset, emitted, sampleRate), Arrays.copyOf(chunk, filled));
        }
    }

    private static Duration start(long firstOffsetMicros, long samplesBefore, int sampleRate) {
        return Duration.ofNanos(firstOffsetMicros * 1000 + Math.round(samplesBefore * (MICROS * 1000.0 / sampleRate)));
    }
}
