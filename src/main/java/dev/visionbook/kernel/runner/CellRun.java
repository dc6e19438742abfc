package dev.visionbook.kernel.runner;

import dev.visionbook.kernel.CellError;
import java.time.Duration;

/**
 * One code cell as the runner ran it.
 *
 * @param cellNumber the cell's place in the notebook, from 1, counting every kind of cell
 * @param executionCount its {@code In [n]} number
 * @param firstLine the first line of its source, to name it in reports
 * @param took how long it ran
 * @param error why it failed, or null
 */
public record CellRun(int cellNumber, int executionCount, String firstLine, Duration took, CellError error) {

    public boolean failed() {
        return error != null;
    }

    /** "cell 7 (In [5])", as reports name a cell. */
    public String name() {
        return "cell " + cellNumber + " (In [" + executionCount + "])";
    }
}
