package dev.visionbook.store;

/** Lifecycle of a stored file, named as the Gemini File API names it. */
public enum FileState {
    PROCESSING,
    ACTIVE,
    FAILED
}
