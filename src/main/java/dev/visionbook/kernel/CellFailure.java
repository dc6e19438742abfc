package dev.visionbook.kernel;

import java.util.List;

/**
 * A cell that failed, as Jupyter shows an error: a name, a message and the lines to print. Made
 * only by {@link ErrorFormatter}; carries no stack trace of its own.
 */
final class CellFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String ename;
    private final List<String> traceback;

    CellFailure(String ename, String evalue, List<String> traceback) {
        super(evalue, null, false, false);
        this.ename = ename;
        this.traceback = List.copyOf(traceback);
    }

    String ename() {
        return ename;
    }

    String evalue() {
        return getMessage();
    }

    List<String> traceback() {
        return traceback;
    }
}
