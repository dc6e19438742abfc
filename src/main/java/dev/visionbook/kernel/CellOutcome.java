package dev.visionbook.kernel;

import dev.visionbook.display.MimeBundle;

/**
 * How one cell of a {@link HeadlessSession} ended.
 *
 * @param executionCount the cell's number, as Jupyter shows it in {@code In [n]}
 * @param result the cell's last value as a bundle, or null when it ended with none
 * @param error why the cell failed, or null when it did not
 */
public record CellOutcome(int executionCount, MimeBundle result, CellError error) {

    public boolean failed() {
        return error != null;
    }
}
