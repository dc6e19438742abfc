package dev.visionbook.kernel;

/**
 * Where a JShell snippet came from, so an error can point at the cell and line the user wrote.
 *
 * @param executionCount the cell's execution count
 * @param firstLine the cell line (1-based) the snippet starts on
 * @param firstColumn the column (1-based) the snippet starts at on that line
 */
record SnippetOrigin(int executionCount, int firstLine, int firstColumn) {

    /** The cell line of a line (1-based) of the snippet. */
    int cellLine(int snippetLine) {
        return firstLine + Math.max(0, snippetLine - 1);
    }

    /** Line and column in the cell of an offset in the snippet's source. */
    static int[] lineAndColumn(String text, int offset) {
        int line = 1;
        int column = 1;
        for (int i = 0; i < Math.min(offset, text.length()); i++) {
            if (text.charAt(i) == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
        }
        return new int[] {line, column};
    }
}
