package dev.visionbook.media;

/** The broad kind of a supported media type. */
public enum MediaKind {
    IMAGE,
    VIDEO,
    AUDIO
}
