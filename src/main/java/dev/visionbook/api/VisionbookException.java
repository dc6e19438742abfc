package dev.visionbook.api;

/**
 * A mistake the user can fix, or a refusal from the service, told in a sentence that says what
 * to do next. Unchecked so that notebook cells and jshell lines stay short.
 */
public class VisionbookException extends RuntimeException {

    public VisionbookException(String message) {
        super(message);
    }

    public VisionbookException(String message, Throwable cause) {
        super(message, cause);
    }
}
