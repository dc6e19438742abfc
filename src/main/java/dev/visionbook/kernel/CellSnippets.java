package dev.visionbook.kernel;

import java.util.ArrayList;
import java.util.List;
import jdk.jshell.SourceCodeAnalysis;
import jdk.jshell.SourceCodeAnalysis.Completeness;

/** Cuts a cell's code into the snippets JShell evaluates one at a time, each with its place in the cell. */
final class CellSnippets {

    /**
     * One snippet.
     *
     * @param source what to hand JShell (a missing final semicolon added)
     * @param offset where the snippet starts in the code that was cut
     * @param complete false for code that ends before its statement does
     */
    record Snippet(String source, int offset, boolean complete) {
    }

    private CellSnippets() {
    }

    static List<Snippet> split(SourceCodeAnalysis analysis, String code) {
        List<Snippet> snippets = new ArrayList<>();
        int position = 0;
        while (position < code.length() && !code.substring(position).isBlank()) {
            String rest = code.substring(position);
            SourceCodeAnalysis.CompletionInfo info = analysis.analyzeCompletion(rest);
            Completeness completeness = info.completeness();
            if (completeness == Completeness.EMPTY) {
                break;
            }
            if (info.source() == null || !completeness.isComplete()) {
                // The rest never completes: hand it over whole, so the compiler says what is missing.
                snippets.add(new Snippet(rest.strip(), position + leadingSpace(rest), false));
                break;
            }
            int consumed = rest.length() - info.remaining().length();
            // JShell keeps the blank lines before a snippet; without them, its lines and columns are the cell's.
            String source = info.source().stripLeading();
            snippets.add(new Snippet(source, position + startOf(rest.substring(0, consumed), source), true));
            if (consumed <= 0) {
                break;
            }
            position += consumed;
        }
        return snippets;
    }

    /** Where the snippet's text starts in the consumed text: after blank lines and comments JShell skipped. */
    private static int startOf(String consumed, String source) {
        String probe = source.endsWith(";") ? source.substring(0, source.length() - 1) : source;
        probe = probe.strip();
        if (!probe.isEmpty()) {
            int found = consumed.indexOf(probe.substring(0, Math.min(probe.length(), 40)));
            if (found >= 0) {
                return found;
            }
        }
        return leadingSpace(consumed);
    }

    private static int leadingSpace(String text) {
        int i = 0;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }
}
