package dev.visionbook.engine.analysis;

/**
 * Text seen on screen over a stretch of time, in seconds. Text whose only change is its numbers
 * (a counter, a clock) is one span, from {@code first} to {@code last}.
 */
public record TextSpan(String first, String last, double from, double to) {

    public boolean changing() {
        return !first.equals(last);
    }
}
