package dev.visionbook.kernel.runner;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A notebook after a headless run: the executed notebook (nbformat 4) and how each code cell went.
 *
 * @param notebook the executed notebook, outputs in place
 * @param cells the code cells that ran, in order
 * @param took the whole run, JShell's start included
 * @param stopped whether a failing cell stopped the run before the last cell
 */
public record RunResult(ObjectNode notebook, List<CellRun> cells, Duration took, boolean stopped) {

    public RunResult {
        cells = List.copyOf(cells);
    }

    /** The first cell that failed, if any did. */
    public Optional<CellRun> firstFailure() {
        return cells.stream().filter(CellRun::failed).findFirst();
    }

    /** The {@code count} slowest cells, slowest first. */
    public List<CellRun> slowest(int count) {
        return cells.stream().sorted(Comparator.comparing(CellRun::took).reversed()).limit(count).toList();
    }
}
