package dev.visionbook.kernel;

/**
 * Runs one cell: its cell magic, or its code and line magics in order, and returns the value it
 * ends with. Failures come out as {@link CellFailure}.
 */
final class CellExecutor {

    private final JShellEvaluator evaluator;
    private final CodeRunner runner;
    private final Magics magics;
    private int executionCount;

    CellExecutor(JShellEvaluator evaluator, MavenResolver maven) {
        this.evaluator = evaluator;
        this.runner = new CodeRunner(evaluator);
        this.magics = new Magics(maven, evaluator::addToClasspath, this::runText);
    }

    LastValue execute(String cell, int count) {
        evaluator.clearStop();
        executionCount = count;
        try {
            return runText(cell, 0);
        } catch (CellFailure failure) {
            throw failure;
        } catch (RuntimeException e) {
            throw ErrorFormatter.internal(e);
        } catch (InternalError e) {
            // JShell's report of a compiler crash: that cell fails, the kernel goes on.
            throw ErrorFormatter.internal(e);
        }
    }

    private LastValue runText(String text, int loadDepth) {
        CellParts parts = CellParts.parse(text);
        if (parts.cellMagic() != null) {
            return magics.runCell(parts.cellMagic());
        }
        LastValue last = LastValue.NONE;
        for (CellParts.Part part : parts.parts()) {
            if (evaluator.stopRequested()) {
                throw ErrorFormatter.interrupted();
            }
            last = part.magic() != null ? magics.runLine(part.magic(), loadDepth)
                    : runner.run(part.code(), part.firstLine(), executionCount);
        }
        return last;
    }
}
