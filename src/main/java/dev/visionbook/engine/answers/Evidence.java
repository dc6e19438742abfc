package dev.visionbook.engine.answers;

import dev.visionbook.engine.analysis.ImageAnalysis;
import dev.visionbook.engine.analysis.Transcript;
import dev.visionbook.engine.analysis.VideoAnalysis;
import dev.visionbook.media.MediaKind;
import java.nio.file.Path;

/**
 * One media part of a request with what was measured about it.
 *
 * @param number the part's position among the request's media, from 1
 * @param label how the request names it, e.g. {@code files/abc (Scene)} or {@code inline image}
 * @param content where its bytes are, for measurements made on request
 * @param measured what was measured: a sealed type per kind, or why nothing could be
 */
public record Evidence(int number, String label, String mimeType, long sizeBytes, MediaKind kind, Path content,
        Measured measured) {

    /** What was measured about a part, one kind per medium. */
    public sealed interface Measured {
    }

    /** An image's analysis. */
    public record Picture(ImageAnalysis analysis) implements Measured {
    }

    /**
     * A video's analysis, clipped to what the request asks about.
     *
     * @param seconds the whole video's length
     * @param clipStart where the requested clip starts, in seconds
     * @param clipEnd where it ends
     */
    public record Film(VideoAnalysis analysis, double seconds, double clipStart, double clipEnd) implements Measured {
    }

    /** An audio file's transcript. */
    public record Sound(Transcript transcript, double seconds) implements Measured {
    }

    /** Nothing could be measured: why. */
    public record Unreadable(String why, double seconds) implements Measured {
    }

    public ImageAnalysis image() {
        return measured instanceof Picture p ? p.analysis() : null;
    }

    public VideoAnalysis video() {
        return measured instanceof Film f ? f.analysis() : null;
    }

    public Transcript audio() {
        return measured instanceof Sound s ? s.transcript() : null;
    }

    /** Why nothing could be measured, or null. */
    public String error() {
        return measured instanceof Unreadable u ? u.why() : null;
    }

    public boolean failed() {
        return measured instanceof Unreadable;
    }

    /** Picture width in pixels; 0 for sound or when nothing was measured. */
    public int width() {
        return image() != null ? image().width() : video() != null ? video().width() : 0;
    }

    public int height() {
        return image() != null ? image().height() : video() != null ? video().height() : 0;
    }

    /** Length of a video or audio in seconds; 0 for images. */
    public double seconds() {
        if (measured instanceof Film f) {
            return f.seconds() > 0 ? f.seconds() : f.analysis().seconds();
        }
        if (measured instanceof Sound s) {
            return s.seconds();
        }
        return measured instanceof Unreadable u ? u.seconds() : 0;
    }

    /** "Image 1", "Video 2"… */
    public String title() {
        String noun = switch (kind) {
            case IMAGE -> "Image";
            case VIDEO -> "Video";
            case AUDIO -> "Audio";
        };
        return noun + " " + number;
    }

    public Transcript transcript() {
        return video() != null ? video().transcript() : audio();
    }
}
