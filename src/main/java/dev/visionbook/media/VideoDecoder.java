package dev.visionbook.media;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.bytedeco.ffmpeg.avformat.AVStream;
import org.bytedeco.ffmpeg.avutil.AVFrame;
import org.bytedeco.ffmpeg.global.avformat;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.Frame;
import org.bytedeco.javacv.FrameGrabber;

/**
 * An open video file that decodes its main video stream picture by picture, in display order.
 * Positions ("offsets") are microseconds from the start of the file as players count them, that
 * is from the container's start time, which is not zero in MPEG streams and some WebM files.
 */
final class VideoDecoder implements AutoCloseable {

    private static final long MICROS = 1_000_000L;

    private final FFmpegFrameGrabber grabber;
    private final PictureConverter converter = new PictureConverter();
    /** Created on first use: most callers never ask for thumbnails. */
    private PictureConverter thumbnails;
    private final long originMicros;
    private final long frameMicros;
    private final int orientation;
    private long lastOffsetMicros;

    private VideoDecoder(FFmpegFrameGrabber grabber) {
        this.grabber = grabber;
        long start = grabber.getFormatContext().start_time();
        this.originMicros = start == avutil.AV_NOPTS_VALUE ? 0 : start;
        double rate = grabber.getFrameRate();
        this.frameMicros = Double.isFinite(rate) && rate > 0 ? Math.round(MICROS / rate) : 0;
        // Phones record sideways and store a display matrix, which counts anticlockwise.
        this.orientation = Orientation.fromClockwiseDegrees(-grabber.getDisplayRotation());
    }

    static VideoDecoder open(Path file) throws MediaException {
        VideoProbe.requireReadable(file);
        FfmpegNatives.ensureLoaded();
        FFmpegFrameGrabber grabber = new FFmpegFrameGrabber(file.toFile());
        try {
            // RAW hands out FFmpeg's own pictures; only the ones we keep get converted, by PictureConverter.
            grabber.setImageMode(FrameGrabber.ImageMode.RAW);
            // Prefer the stream marked default, so that cover art stored as a video stream is skipped.
            grabber.setVideoDisposition(avformat.AV_DISPOSITION_DEFAULT);
            VideoProbe.start(grabber, "video");
            if (!grabber.hasVideo()) {
                throw new MediaException(grabber.hasAudio()
                        ? "The file does not contain a video stream, only audio."
                        : "The file does not contain a video stream.");
            }
            return new VideoDecoder(grabber);
        } catch (MediaException | RuntimeException e) {
            closeQuietly(grabber);
            throw e;
        }
    }

    /** One frame interval in microseconds, 0 when the stream does not say its frame rate. */
    long frameMicros() {
        return frameMicros;
    }

    /** How long the file says it is (the container's duration, else the video stream's). */
    Optional<Duration> length() {
        return StreamTiming.container(grabber).or(() -> StreamTiming.declared(grabber, avutil.AVMEDIA_TYPE_VIDEO));
    }

    /**
     * How long the video stream itself says it lasts, from its first frame. It can end before the
     * file does: audio often runs a few tens of milliseconds longer.
     */
    Optional<Duration> videoLength() {
        return StreamTiming.declared(grabber, avutil.AVMEDIA_TYPE_VIDEO);
    }

    /** The next picture in display order, or {@code null} after the last one. */
    Frame next() throws MediaException {
        try {
            Frame frame;
            do {
                frame = grabber.grabImage();
            } while (frame != null && !(frame.opaque instanceof AVFrame));
            if (frame != null) {
                lastOffsetMicros = offsetMicros(frame);
            }
            return frame;
        } catch (FrameGrabber.Exception e) {
            throw new MediaException("The video could not be decoded after "
                    + ClockTime.format(Duration.ofNanos(Math.max(0, lastOffsetMicros) * 1000)) + " (FFmpeg: "
                    + FfmpegErrors.describe(e) + ").", e);
        }
    }

    long offsetMicros(Frame frame) {
        return frame.timestamp - originMicros;
    }

    /** The picture upright, as a new {@code TYPE_INT_RGB} image ({@code TYPE_INT_ARGB} for video with alpha). */
    BufferedImage image(AVFrame picture) throws MediaException {
        return Orientation.apply(converter.convert(picture), orientation);
    }

    /**
     * A small upright copy of the picture, {@code width} pixels wide (its height keeps the aspect
     * ratio, at least 1), cheaply scaled: for comparing frames, not for showing them.
     */
    BufferedImage thumbnail(AVFrame picture, int width) throws MediaException {
        if (thumbnails == null) {
            thumbnails = PictureConverter.thumbnails();
        }
        // Quarter turns (orientations 5 to 8) make the stored height the upright width.
        boolean swaps = orientation >= 5 && orientation <= 8;
        int across = swaps ? picture.height() : picture.width();
        int down = swaps ? picture.width() : picture.height();
        int height = (int) Math.max(1, Math.round((double) width * down / Math.max(1, across)));
        BufferedImage small = swaps ? thumbnails.convert(picture, height, width) : thumbnails.convert(picture, width, height);
        return Orientation.apply(small, orientation);
    }

    /**
     * Jumps to a key frame before {@code offsetMicros} and decodes up to about that point, so
     * that {@link #next()} continues from somewhere at or before it. Does nothing for offsets
     * near the start, where decoding from the beginning costs no more.
     */
    void seekBefore(long offsetMicros) throws MediaException {
        // JavaCV's setVideoTimestamp counts from the video stream's start time, not the container's.
        long relative = originMicros + offsetMicros - videoStartMicros();
        if (relative <= 0) {
            return;
        }
        try {
            grabber.setVideoTimestamp(relative);
        } catch (FrameGrabber.Exception e) {
            throw new MediaException("The video could not be searched for "
                    + ClockTime.format(Duration.ofNanos(offsetMicros * 1000)) + " (FFmpeg: "
                    + FfmpegErrors.describe(e) + ").", e);
        }
    }

    private long videoStartMicros() {
        AVStream stream = grabber.getFormatContext().streams(grabber.getVideoStream());
        if (stream.start_time() == avutil.AV_NOPTS_VALUE) {
            return originMicros;
        }
        // The same arithmetic as JavaCV's, so that both agree to the microsecond.
        return MICROS * stream.start_time() * stream.time_base().num() / stream.time_base().den();
    }

    @Override
    public void close() throws MediaException {
        converter.close();
        if (thumbnails != null) {
            thumbnails.close();
        }
        try {
            grabber.close();
        } catch (FrameGrabber.Exception e) {
            throw new MediaException("The video could not be processed (FFmpeg: " + FfmpegErrors.describe(e) + ").", e);
        }
    }

    private static void closeQuietly(FFmpegFrameGrabber grabber) {
        try {
            grabber.close();
        } catch (FrameGrabber.Exception | RuntimeException ignored) {
            // already failing with a better reason
        }
    }
}
