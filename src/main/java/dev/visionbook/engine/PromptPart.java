package dev.visionbook.engine;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/** One part of a prompt, already resolved and checked by the caller. */
public sealed interface PromptPart {

    /** Text as the user wrote it. */
    record Text(String text) implements PromptPart {
    }

    /**
     * An image, video or audio part whose bytes are readable at {@code content}.
     *
     * @param label how the answer refers to it, for example {@code files/abc (My Cat)} or {@code inline image}
     * @param duration measured duration of a video or audio, or null
     * @param clip the part of a video the prompt asks about (its videoMetadata), never null
     * @param sha256 the bytes' SHA-256 in hex when the caller knows it (the store does), or null
     *     to have the engine hash them once
     */
    record Media(String label, String mimeType, long sizeBytes, Path content, Duration duration, Clip clip,
                 String sha256) implements PromptPart {

        /** A part whose hash the engine works out itself. */
        public Media(String label, String mimeType, long sizeBytes, Path content, Duration duration, Clip clip) {
            this(label, mimeType, sizeBytes, content, duration, clip, null);
        }

        public Optional<Duration> measuredDuration() {
            return Optional.ofNullable(duration);
        }
    }

    /** A video's start and end offsets and sampling rate, as in the request's videoMetadata. */
    record Clip(Duration start, Duration end, double fps) {

        public static final double DEFAULT_FPS = 1.0;

        public static Clip whole() {
            return new Clip(null, null, DEFAULT_FPS);
        }

        /** The length the prompt covers, given the measured length of the whole video. */
        public Duration lengthOf(Duration whole) {
            Duration from = start == null ? Duration.ZERO : start;
            Duration to = end == null || end.compareTo(whole) > 0 ? whole : end;
            return to.compareTo(from) > 0 ? to.minus(from) : Duration.ZERO;
        }
    }
}
