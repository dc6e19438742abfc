package dev.visionbook.kernel;

/**
 * The value a cell ends with, if it ends with an expression.
 *
 * @param present whether there is a value to show (an expression may well be {@code null})
 * @param value the value
 */
record LastValue(boolean present, Object value) {

    static final LastValue NONE = new LastValue(false, null);

    static LastValue of(Object value) {
        return new LastValue(true, value);
    }
}
