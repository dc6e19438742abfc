package dev.visionbook.media;

import java.nio.file.Path;
import java.time.Duration;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.Frame;
import org.bytedeco.javacv.FrameGrabber;

/** Decodes all audio samples of a file to prove it plays, and measures it. */
final class AudioProbe {

    private AudioProbe() {
    }

    /** Callers have checked that the file is readable and FFmpeg is loaded. */
    static Duration duration(Path file) throws MediaException {
        try (FFmpegFrameGrabber grabber = new FFmpegFrameGrabber(file.toFile())) {
            // RAW skips resampling; we only count samples.
            grabber.setSampleMode(FrameGrabber.SampleMode.RAW);
            VideoProbe.start(grabber, "audio");
            if (!grabber.hasAudio()) {
                throw new MediaException("The file does not contain an audio stream.");
            }
            return measure(grabber);
        } catch (FrameGrabber.Exception closeFailure) {
            throw new MediaException("The audio could not be processed (FFmpeg: "
                    + FfmpegErrors.describe(closeFailure) + ").", closeFailure);
        }
    }

    private static Duration measure(FFmpegFrameGrabber grabber) throws MediaException {
        long samples = countSamples(grabber);
        int sampleRate = grabber.getSampleRate();
        if (samples == 0 || sampleRate <= 0) {
            throw new MediaException(
                    "The file does not contain an audio stream that could be decoded (no sample decoded).");
        }
        Duration decoded = Duration.ofNanos(Math.round(samples * 1e9 / sampleRate));
        var declared = StreamTiming.declared(grabber, avutil.AVMEDIA_TYPE_AUDIO);
        if (declared.isPresent() && StreamTiming.endedEarly(decoded, declared.get())) {
            throw new MediaException("The audio stops decoding at " + StreamTiming.seconds(decoded) + " of its "
                    + StreamTiming.seconds(declared.get()) + "; the file is probably truncated or damaged.");
        }
        return StreamTiming.container(grabber).orElse(decoded);
    }

    /** Samples per channel across the whole stream. */
    private static long countSamples(FFmpegFrameGrabber grabber) throws MediaException {
        int channels = Math.max(1, grabber.getAudioChannels());
        boolean planar = avutil.av_sample_fmt_is_planar(grabber.getSampleFormat()) != 0;
        long samples = 0;
        try {
            Frame frame;
            while ((frame = grabber.grabSamples()) != null) {
                if (frame.samples != null && frame.samples.length > 0) {
                    // RAW buffers are typed by sample format, so limit() counts samples, not bytes;
                    // interleaved formats hold every channel in the one buffer.
                    int values = frame.samples[0].limit();
                    samples += planar ? values : values / channels;
                }
            }
        } catch (FrameGrabber.Exception e) {
            throw new MediaException("The audio could not be decoded after " + StreamTiming.seconds(
                    Duration.ofNanos(Math.round(samples * 1e9 / Math.max(1, grabber.getSampleRate()))))
                    + " (FFmpeg: " + FfmpegErrors.describe(e) + ").", e);
        }
        return samples;
    }
}
