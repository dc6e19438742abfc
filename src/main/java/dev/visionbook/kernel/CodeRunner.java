package dev.visionbook.kernel;

import java.io.PrintStream;
import java.util.List;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;

/**
 * Runs Java code, snippet after snippet, and stops at the first that does not compile, throws or
 * is interrupted, with a {@link CellFailure} saying where in the cell.
 */
final class CodeRunner {

    private final JShellEvaluator evaluator;

    CodeRunner(JShellEvaluator evaluator) {
        this.evaluator = evaluator;
    }

    /**
     * Runs {@code code}, which starts on line {@code firstLine} of the cell.
     *
     * @return the value of the last snippet when it is an expression
     */
    LastValue run(String code, int firstLine, int executionCount) {
        LastValue last = LastValue.NONE;
        for (CellSnippets.Snippet piece : CellSnippets.split(evaluator.analysis(), code)) {
            if (evaluator.stopRequested()) {
                throw ErrorFormatter.interrupted();
            }
            int[] lineColumn = SnippetOrigin.lineAndColumn(code, piece.offset());
            SnippetOrigin origin = new SnippetOrigin(executionCount, firstLine + lineColumn[0] - 1, lineColumn[1]);
            List<SnippetEvent> events = evaluator.eval(piece.source());
            if (evaluator.stopRequested()) {
                throw ErrorFormatter.interrupted();
            }
            last = LastValue.NONE;
            for (SnippetEvent event : events) {
                if (event.causeSnippet() != null) {
                    continue;
                }
                evaluator.remember(event.snippet(), origin);
                if (event.status() == Snippet.Status.REJECTED) {
                    throw ErrorFormatter.compileError(piece, evaluator.diagnostics(event.snippet()), origin);
                }
                if (event.exception() != null) {
                    throw ErrorFormatter.exception(event.exception(), evaluator::origin, executionCount);
                }
                noteUnresolved(event);
                last = valueOf(event);
                if (event.snippet().subKind() == Snippet.SubKind.TEMP_VAR_EXPRESSION_SUBKIND) {
                    // JShell keeps each expression as a variable ($1, $2, ...) that every later snippet
                    // imports, so each cell would compile a little slower than the one before. The
                    // notebook never shows those names; the value is already kept.
                    evaluator.drop(event.snippet());
                }
            }
        }
        return last;
    }

    private LastValue valueOf(SnippetEvent event) {
        Snippet.SubKind kind = event.snippet().subKind();
        boolean expression = kind == Snippet.SubKind.TEMP_VAR_EXPRESSION_SUBKIND || kind == Snippet.SubKind.VAR_VALUE_SUBKIND;
        if (!expression || event.status() != Snippet.Status.VALID) {
            return LastValue.NONE;
        }
        ValueCapturingControl.Slot run = evaluator.lastRun();
        return run.returned() ? LastValue.of(run.value()) : LastValue.NONE;
    }

    /** A method that uses something not defined yet is kept, but cannot run: say so, without failing the cell. */
    private void noteUnresolved(SnippetEvent event) {
        if (event.status() != Snippet.Status.RECOVERABLE_DEFINED && event.status() != Snippet.Status.RECOVERABLE_NOT_DEFINED) {
            return;
        }
        List<String> missing = evaluator.unresolvedDependencies(event.snippet());
        PrintStream err = System.err;
        err.println("Note: defined, but it cannot run until " + (missing.isEmpty() ? "what it uses"
                : String.join(", ", missing)) + (missing.size() == 1 ? " is" : " are") + " defined.");
    }
}
