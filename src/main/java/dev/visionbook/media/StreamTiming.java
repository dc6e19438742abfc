package dev.visionbook.media;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bytedeco.ffmpeg.avformat.AVFormatContext;
import org.bytedeco.ffmpeg.avformat.AVStream;
import org.bytedeco.ffmpeg.avutil.AVDictionaryEntry;
import org.bytedeco.ffmpeg.avutil.AVRational;
import org.bytedeco.ffmpeg.global.avformat;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacv.FFmpegFrameGrabber;

/**
 * What a container says about durations, and whether decoding reached the end it promised.
 */
final class StreamTiming {

    /** Decoding may end a little early (trailing B-frames, audio priming), but not by more than this. */
    private static final Duration SLACK = Duration.ofMillis(500);
    private static final double SLACK_FRACTION = 0.05;
    private static final Pattern CLOCK_TIME = Pattern.compile("(\\d+):(\\d{2}):(\\d{2}(?:\\.\\d+)?)");

    private StreamTiming() {
    }

    /**
     * The container's duration, when it was stored or measured rather than guessed from the bit
     * rate (a guess is often far off for variable-bit-rate MP3 and MPEG files).
     */
    static Optional<Duration> container(FFmpegFrameGrabber grabber) {
        AVFormatContext context = grabber.getFormatContext();
        long micros = context.duration();
        if (micros == avutil.AV_NOPTS_VALUE || micros <= 0 || isGuessed(context)) {
            return Optional.empty();
        }
        return Optional.of(Duration.ofNanos(micros * 1000));
    }

    /**
     * How long the first stream of {@code mediaType} (an {@code AVMEDIA_TYPE_*} constant; the
     * stream the grabber decodes) says it is: its own duration, else its Matroska DURATION tag,
     * else the container's duration if it is the file's only stream. A container with several
     * streams lasts as long as the longest, which need not be this one.
     */
    static Optional<Duration> declared(FFmpegFrameGrabber grabber, int mediaType) {
        AVFormatContext context = grabber.getFormatContext();
        if (isGuessed(context)) {
            return Optional.empty();
        }
        for (int i = 0; i < context.nb_streams(); i++) {
            AVStream stream = context.streams(i);
            if (stream.codecpar().codec_type() == mediaType) {
                return ownDuration(stream)
                        .or(() -> taggedDuration(stream))
                        .or(() -> context.nb_streams() == 1 ? container(grabber) : Optional.empty());
            }
        }
        return Optional.empty();
    }

    /** Whether decoding stopped clearly before the declared end: a truncated or damaged file. */
    static boolean endedEarly(Duration decoded, Duration declared) {
        Duration tolerance = Duration.ofNanos(Math.max(SLACK.toNanos(), (long) (declared.toNanos() * SLACK_FRACTION)));
        return decoded.plus(tolerance).compareTo(declared) < 0;
    }

    /**
     * Fails when the video stream decoded only as far as {@code decoded} though it says it lasts
     * {@code declared}: the file is truncated or damaged.
     */
    static void requireWholeVideo(Duration decoded, Optional<Duration> declared) throws MediaException {
        if (declared.isPresent() && endedEarly(decoded, declared.get())) {
            throw new MediaException("The video stops decoding at " + seconds(decoded) + " of its "
                    + seconds(declared.get()) + "; the file is probably truncated or damaged.");
        }
    }

    static String seconds(Duration duration) {
        return String.format(Locale.ROOT, "%.1f s", duration.toMillis() / 1000.0);
    }

    private static Optional<Duration> ownDuration(AVStream stream) {
        long ticks = stream.duration();
        AVRational timeBase = stream.time_base();
        if (ticks == avutil.AV_NOPTS_VALUE || ticks <= 0 || timeBase.den() == 0) {
            return Optional.empty();
        }
        double seconds = ticks * (double) timeBase.num() / timeBase.den();
        return Optional.of(Duration.ofNanos(Math.round(seconds * 1e9)));
    }

    /** Matroska/WebM muxers store each track's length as a tag like "00:00:12.007000000". */
    private static Optional<Duration> taggedDuration(AVStream stream) {
        AVDictionaryEntry tag = avutil.av_dict_get(stream.metadata(), "DURATION", null, 0);
        if (tag == null || tag.value() == null) {
            return Optional.empty();
        }
        Matcher time = CLOCK_TIME.matcher(tag.value().getString());
        if (!time.matches()) {
            return Optional.empty();
        }
        double seconds = Long.parseLong(time.group(1)) * 3600 + Long.parseLong(time.group(2)) * 60
                + Double.parseDouble(time.group(3));
        return seconds > 0 ? Optional.of(Duration.ofNanos(Math.round(seconds * 1e9))) : Optional.empty();
    }

    private static boolean isGuessed(AVFormatContext context) {
        return context.duration_estimation_method() == avformat.AVFMT_DURATION_FROM_BITRATE;
    }
}
