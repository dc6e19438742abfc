package dev.visionbook.media;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.bytedeco.ffmpeg.avutil.AVFrame;
import org.bytedeco.javacv.Frame;

/**
 * Pictures from a video file, upright, as {@code TYPE_INT_RGB} images: the one shown at a given
 * moment, or one every 1/fps seconds while streaming through the file (optionally with a small
 * copy of every frame in between).
 *
 * <p>"Shown at" follows the player: the last frame that started at or before the moment, allowing
 * half a frame interval for timestamp rounding, or the first frame if none has started yet. At a
 * constant frame rate that is also the first frame at or after the moment minus half a frame;
 * with a variable rate (screen recordings, slideshows) it is never a frame from the future. Times
 * count from the start of the file as players show them. Calls are independent and may run
 * concurrently on different files.
 */
public final class VideoFrames {

    private static final long MICROS = 1_000_000L;
    /** Seeking lands a little early on purpose; this many frame intervals, or one second at an unknown rate. */
    private static final int SEEK_MARGIN_FRAMES = 2;

    /** Receives sampled frames in time order. */
    @FunctionalInterface
    public interface FrameConsumer {
        /**
         * @param at the sampling time, a multiple of 1/fps
         * @param frame a new image for each call, which the consumer may keep
         * @throws MediaException to stop the stream; it propagates out of {@link #eachSecond}
         */
        void accept(Duration at, BufferedImage frame) throws MediaException;
    }

    /** Receives a small copy of every decoded frame, in display order (see {@link #eachSecond(Path, double, FrameConsumer, ThumbnailConsumer)}). */
    @FunctionalInterface
    public interface ThumbnailConsumer {
        /**
         * @param from when the frame starts to be shown
         * @param thumbnail a new {@code TYPE_INT_RGB} image, upright, {@link #THUMBNAIL_WIDTH} pixels wide
         * @throws MediaException to stop the stream; it propagates out of {@code eachSecond}
         */
        void accept(Duration from, BufferedImage thumbnail) throws MediaException;
    }

    /**
     * The width of thumbnails: as small as the scene-cut histograms use, so that one per decoded
     * frame costs about 0.1 ms at 720p rather than the milliseconds of a full conversion.
     */
    public static final int THUMBNAIL_WIDTH = 96;

    private VideoFrames() {
    }

    /**
     * The frame shown at {@code at}. Seeks to a key frame shortly before and decodes forward,
     * so the cost depends on the key frame interval, not on {@code at}.
     *
     * @throws MediaException if the file is unreadable or has no decodable video, or {@code at}
     *     is past its end ("The video is 12.0 s long; 00:15 is past its end."); at its very end,
     *     the last frame is given
     * @throws IllegalArgumentException if {@code at} is negative
     */
    public static BufferedImage frameAt(Path video, Duration at) throws MediaException {
        if (at.isNegative()) {
            throw new IllegalArgumentException("A position in a video cannot be negative: " + at);
        }
        try (VideoDecoder decoder = VideoDecoder.open(video); HeldFrame shown = new HeldFrame()) {
            Optional<Duration> length = decoder.length();
            if (length.isPresent() && at.compareTo(length.get()) > 0) {
                throw pastTheEnd(length, at);
            }
            long target = at.toNanos() / 1000;
            if (length.isPresent() && at.equals(length.get())) {
                // "00:12" of a 12-second video, as answers name a video's end: its last frame.
                target -= Math.max(decoder.frameMicros(), 1);
            }
            long tolerance = decoder.frameMicros() / 2;
            long margin = decoder.frameMicros() > 0 ? SEEK_MARGIN_FRAMES * decoder.frameMicros() : MICROS;
            decoder.seekBefore(target - tolerance - margin);
            Frame frame;
            while ((frame = decoder.next()) != null) {
                long offset = decoder.offsetMicros(frame);
                if (offset > target + tolerance) {
                    // This frame comes later; the one before it is on screen (or, at the very start, none yet).
                    return decoder.image(shown.isEmpty() ? (AVFrame) frame.opaque : shown.picture());
                }
                shown.hold((AVFrame) frame.opaque, offset);
            }
            // Without a declared length, the last frame is taken to last one frame interval.
            if (shown.isEmpty() || length.isEmpty()
                    && target >= shown.offsetMicros() + Math.max(decoder.frameMicros(), 1)) {
                throw pastTheEnd(length, at);
            }
            return decoder.image(shown.picture()); // the last frame stays up until the end
        }
    }

    /**
     * Streams through the whole video once, in order and without seeking, and hands
     * {@code consumer} the frame shown at each sampling time 0, 1/fps, 2/fps, … before the end.
     * Only those frames are converted to images; one decoded frame is kept back at a time. A
     * sampling time within half a frame of the end gets no frame.
     *
     * @param fps samples per second, e.g. 1
     * @throws MediaException if the file is unreadable, has no decodable video, fails to decode
     *     part-way, stops decoding well before the length it declares (truncated), or the
     *     consumer throws
     * @throws IllegalArgumentException if {@code fps} is not a positive number
     */
    public static void eachSecond(Path video, double fps, FrameConsumer consumer) throws MediaException {
        stream(video, fps, consumer, null);
    }

    /**
     * As {@link #eachSecond(Path, double, FrameConsumer)}, and also hands {@code thumbnails} a small
     * copy of every decoded frame, in display order, each before any sample shown at it: when
     * {@code consumer} is handed a sample, the last thumbnail given is of the frame shown at it,
     * and the thumbnails since the sample before are the frames shown in between. This is what
     * lets a caller that samples once a second say on which frame something changed, in the same
     * single pass and without keeping frames.
     */
    public static void eachSecond(Path video, double fps, FrameConsumer consumer, ThumbnailConsumer thumbnails)
            throws MediaException {
        if (thumbnails == null) {
            throw new IllegalArgumentException("thumbnails must not be null; use eachSecond without them");
        }
        stream(video, fps, consumer, thumbnails);
    }

    private static void stream(Path video, double fps, FrameConsumer consumer, ThumbnailConsumer thumbnails)
            throws MediaException {
        if (!(fps > 0) || Double.isInfinite(fps)) {
            throw new IllegalArgumentException("Samples per second must be a positive number: " + fps);
        }
        try (VideoDecoder decoder = VideoDecoder.open(video); HeldFrame shown = new HeldFrame()) {
            long tolerance = decoder.frameMicros() / 2;
            long sample = 0;
            long firstOffset = 0;
            Frame frame;
            while ((frame = decoder.next()) != null) {
                long offset = decoder.offsetMicros(frame);
                AVFrame picture = (AVFrame) frame.opaque;
                boolean thumbnailed = false;
                if (shown.isEmpty()) {
                    firstOffset = offset;
                }
                // Every sampling time this frame starts after belongs to the frame before it.
                for (long at = time(sample, fps); offset > at + tolerance; at = time(++sample, fps)) {
                    if (shown.isEmpty() && !thumbnailed && thumbnails != null) {
                        // The first frame stands in for moments before it, so it is described first.
                        thumbnails.accept(duration(offset), decoder.thumbnail(picture, THUMBNAIL_WIDTH));
                        thumbnailed = true;
                    }
                    consumer.accept(duration(at), decoder.image(shown.isEmpty() ? picture : shown.picture()));
                }
                // After the samples shown before it, so that those follow their own frame's thumbnail.
                if (!thumbnailed && thumbnails != null) {
                    thumbnails.accept(duration(offset), decoder.thumbnail(picture, THUMBNAIL_WIDTH));
                }
                shown.hold(picture, offset);
            }
            if (shown.isEmpty()) {
                throw new MediaException("The file does not contain a video stream that could be decoded"
                        + " (no frame decoded).");
            }
            // Timestamps are the container's, so MPEG streams start at 0.5 s or so, not at zero.
            StreamTiming.requireWholeVideo(duration(shown.offsetMicros() - firstOffset
                    + Math.max(decoder.frameMicros(), 0)), decoder.videoLength());
            // The last frame stays up until the video ends: its stream's length from its first
            // frame, else the file's length, else one frame interval.
            long videoStart = firstOffset;
            long end = decoder.videoLength().map(length -> videoStart + length.toNanos() / 1000)
                    .or(() -> decoder.length().map(length -> length.toNanos() / 1000))
                    .orElse(shown.offsetMicros() + Math.max(decoder.frameMicros(), 1));
            for (long at = time(sample, fps); at + tolerance < end; at = time(++sample, fps)) {
                consumer.accept(duration(at), decoder.image(shown.picture()));
            }
        }
    }

    /** Computed from the index each time, so that rounding does not accumulate over an hour of samples. */
    private static long time(long sample, double fps) {
        return Math.round(sample * (MICROS / fps));
    }

    private static Duration duration(long micros) {
        return Duration.ofNanos(micros * 1000);
    }

    private static MediaException pastTheEnd(Optional<Duration> length, Duration at) {
        return new MediaException(length
                .map(known -> "The video is " + StreamTiming.seconds(known) + " long; ")
                .orElse("The video ends earlier; ")
                + ClockTime.format(at) + " is past its end.");
    }
}
