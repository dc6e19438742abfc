package dev.visionbook.store;

/**
 * Called at each step of publishing a finished upload, so that a test can stop the store exactly
 * there (by throwing an {@link Error}, which the store does not clean up after, as a crash would
 * not) and check what a restart recovers. The store itself uses {@link #NONE}.
 */
@FunctionalInterface
interface PublishHook {

    /** The steps in order; a crash after any of them must lose nothing a client was told it has. */
    enum Step {
        /** The size is checked, the digest final and the contents inspected; nothing is recorded yet. */
        INSPECTED,
        /** The blob's id is recorded on the session, before the rename. */
        RESERVED,
        /** The part file is renamed to its blob path; the file's row is not committed yet. */
        RENAMED,
        /** The file's row is committed and the session marked finished; the client has no answer yet. */
        COMMITTED
    }

    void reached(Step step);

    PublishHook NONE = step -> { };
}
