package dev.visionbook.kernel.runner;

/** A notebook that cannot be read or written, said in words a user can act on. */
public final class NotebookException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    NotebookException(String message) {
        super(message);
    }

    NotebookException(String message, Throwable cause) {
        super(message, cause);
    }
}
