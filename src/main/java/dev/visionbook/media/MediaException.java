package dev.visionbook.media;

/**
 * Media that cannot be used: unreadable, truncated, or not decodable. The message is a single
 * sentence meant for the end user (it ends up in the file's error status).
 */
public class MediaException extends Exception {

    private static final long serialVersionUID = 1L;

    public MediaException(String reason) {
        super(reason);
    }

    public MediaException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
