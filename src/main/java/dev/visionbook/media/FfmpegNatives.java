package dev.visionbook.media;

import org.bytedeco.ffmpeg.global.avcodec;
import org.bytedeco.ffmpeg.global.avformat;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.ffmpeg.global.swresample;
import org.bytedeco.ffmpeg.global.swscale;
import org.bytedeco.javacpp.Loader;

/**
 * Loads the bundled FFmpeg libraries once per JVM and silences FFmpeg's own logging.
 *
 * <p>Logging is turned off completely rather than down to errors: a damaged upload makes the
 * decoders print many lines per packet to stderr, from native threads, interleaved between
 * concurrent probes. The reasons we report come from FFmpeg's return codes instead. The level is
 * process-wide, so this also quiets any other FFmpeg user in the same JVM.
 *
 * <p>{@code FFmpegFrameGrabber.tryLoad()} is deliberately not used: it also loads libavdevice,
 * which needs PulseAudio's libpulse.so.0 and fails on headless servers, although decoding files
 * never touches a device.
 */
final class FfmpegNatives {

    private FfmpegNatives() {
    }

    /** Holder idiom: the JVM runs {@link #load()} once, thread-safely, on first use. */
    private static final class Holder {
        static final Throwable FAILURE = load();
    }

    /**
     * Makes sure FFmpeg is usable.
     *
     * @throws IllegalStateException if the native libraries cannot be loaded on this machine; that
     *     is a deployment problem, not something wrong with the user's file
     */
    static void ensureLoaded() {
        if (Holder.FAILURE != null) {
            throw new IllegalStateException("The bundled FFmpeg libraries could not be loaded: " + Holder.FAILURE,
                    Holder.FAILURE);
        }
    }

    private static Throwable load() {
        try {
            Loader.load(avutil.class);
            avutil.av_log_set_level(avutil.AV_LOG_QUIET);
            Loader.load(swresample.class);
            Loader.load(avcodec.class);
            Loader.load(avformat.class);
            Loader.load(swscale.class);
            return null;
        } catch (Throwable failure) {
            return failure;
        }
    }
}
