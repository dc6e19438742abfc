package dev.visionbook.engine.analysis;

/**
 * A line of text Tesseract read, with its box and mean word confidence (0–100).
 */
public record TextLine(String text, PixelBox box, int confidence) {
}
