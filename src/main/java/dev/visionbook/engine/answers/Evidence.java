package dev.visionbook.engine.answers;

import dev.visionbook.engine.analysis.ImageAnalysis;
import dev.visionbook.engine.analysis.Transcript;
import dev.visionbook.engine.analysis.VideoAnalysis;
import dev.visionbook.media.MediaKind;
import java.nio.file.Path;

/**
 * One media part of a prompt with what was measured about it. Exactly one of {@code image},
 * {@code video} and {@code audio} is set, or {@code error} says why none could be.
 *
 * @param number the part's position among the prompt's media, from 1
 * @param label how the prompt names it, e.g. {@code files/abc (Scene)} or {@code inline image}
 * @param width picture width in pixels, 0 for audio or when unknown
 * @param height picture height in pixels
 * @param seconds duration of a video or audio, 0 for images
 * @param clipStart the start of the part the prompt asks about (videoMetadata), in seconds
 * @param clipEnd its end, or the whole length
 */
public record Evidence(int number, String label, String mimeType, long sizeBytes, MediaKind kind, Path content,
        int width, int height, double seconds, double clipStart, double clipEnd, ImageAnalysis image,
        VideoAnalysis video, Transcript audio, String error) {

    public boolean failed() {
        return error != null;
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
        return video != null ? video.transcript() : audio;
    }
}
