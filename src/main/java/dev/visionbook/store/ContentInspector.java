package dev.visionbook.store;

import java.nio.file.Path;

/**
 * Decides the first state of a finished upload from its bytes (for example FAILED when a file
 * declared as JPEG is text). Runs on the fsynced temporary file, before the file is recorded.
 */
@FunctionalInterface
public interface ContentInspector {

    /** The first state, and the reason when it is FAILED. */
    record Verdict(FileState state, String errorMessage) {
        public static Verdict active() {
            return new Verdict(FileState.ACTIVE, null);
        }

        public static Verdict processing() {
            return new Verdict(FileState.PROCESSING, null);
        }

        public static Verdict failed(String reason) {
            return new Verdict(FileState.FAILED, reason);
        }
    }

    Verdict inspect(Path content, String mimeType);

    ContentInspector ACCEPT_ALL = (content, mimeType) -> Verdict.active();
}
