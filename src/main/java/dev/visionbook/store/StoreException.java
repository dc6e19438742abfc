package dev.visionbook.store;

/**
 * A request the store refuses, with a message fit to show the caller. The server maps each
 * {@link Problem} to the Gemini API's status code in one place.
 */
public final class StoreException extends Exception {

    /** What went wrong, independent of any transport. */
    public enum Problem {
        FILE_NOT_FOUND,
        ALREADY_EXISTS,
        INVALID_NAME,
        UPLOAD_NOT_FOUND,
        WRONG_OFFSET,
        FILE_TOO_LARGE,
        /** The bytes that arrived do not match the size declared when the upload started. */
        SIZE_MISMATCH,
        QUOTA_EXCEEDED,
        /** The project holds as many unfinished uploads as it may. */
        TOO_MANY_UPLOADS,
        STORAGE_FAILURE
    }

    private final Problem problem;

    public StoreException(Problem problem, String message) {
        super(message);
        this.problem = problem;
    }

    public StoreException(Problem problem, String message, Throwable cause) {
        super(message, cause);
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }

    static StoreException fileNotFound(String id) {
        return new StoreException(Problem.FILE_NOT_FOUND,
                "You do not have permission to access the File " + id + " or it may not exist.");
    }
}
