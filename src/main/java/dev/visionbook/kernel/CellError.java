package dev.visionbook.kernel;

import java.util.List;

/**
 * How a failed cell is shown, as Jupyter's {@code error} output has it.
 *
 * @param ename the error's name, such as {@code CompilationException} or the exception's simple name
 * @param evalue what went wrong, in a line
 * @param traceback the lines to print, pointing at the cell's own lines (may hold ANSI colours)
 */
public record CellError(String ename, String evalue, List<String> traceback) {

    public CellError {
        traceback = List.copyOf(traceback);
    }
}
