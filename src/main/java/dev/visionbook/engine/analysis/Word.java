package dev.visionbook.engine.analysis;

/** A recognised word and when it was said, in seconds from the start of the file. */
public record Word(String text, double start, double end) {
}
