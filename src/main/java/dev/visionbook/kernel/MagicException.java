package dev.visionbook.kernel;

/** A magic used wrongly, or one that could not do its job; the message says what to do. */
final class MagicException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    MagicException(String message) {
        super(message);
    }

    MagicException(String message, Throwable cause) {
        super(message, cause);
    }
}
