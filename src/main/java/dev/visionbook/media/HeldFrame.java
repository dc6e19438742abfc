package dev.visionbook.media;

import org.bytedeco.ffmpeg.avutil.AVFrame;
import org.bytedeco.ffmpeg.global.avutil;

/**
 * Keeps one decoded picture alive after the decoder has moved on, by taking a reference to its
 * buffers (no pixels are copied). We only know that a frame is the one shown at some moment
 * when the next frame turns out to come later.
 */
final class HeldFrame implements AutoCloseable {

    private final AVFrame picture = avutil.av_frame_alloc();
    private long offsetMicros;
    private boolean holding;

    /** Replaces the held picture with {@code source}, shown from {@code offsetMicros} into the video. */
    void hold(AVFrame source, long offsetMicros) throws MediaException {
        avutil.av_frame_unref(picture);
        holding = false;
        if (avutil.av_frame_ref(picture, source) < 0) {
            throw new MediaException("The video could not be decoded: FFmpeg ran out of memory.");
        }
        this.offsetMicros = offsetMicros;
        holding = true;
    }

    boolean isEmpty() {
        return !holding;
    }

    AVFrame picture() {
        return picture;
    }

    long offsetMicros() {
        return offsetMicros;
    }

    @Override
    public void close() {
        avutil.av_frame_free(picture);
    }
}
