package dev.visionbook.engine.analysis;

/** A named colour and the share of the image it covers, 0 to 1. */
public record ColourShare(String name, double share) {
}
