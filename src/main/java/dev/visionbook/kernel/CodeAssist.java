package dev.visionbook.kernel;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import jdk.jshell.SourceCodeAnalysis;
import jdk.jshell.SourceCodeAnalysis.Completeness;
import org.dflib.jjava.jupyter.kernel.BaseKernel;
import org.dflib.jjava.jupyter.kernel.ReplacementOptions;

/**
 * Completion and the {@code is_complete} check, from JShell's own analysis of the code. Positions
 * here are in chars; the kernel converts Jupyter's code points at its edge.
 */
final class CodeAssist {

    private final SourceCodeAnalysis analysis;
    private final Function<String, Class<?>> types;

    /** @param types loads a class by the name JShell gives it (simple when imported), or null */
    CodeAssist(SourceCodeAnalysis analysis, Function<String, Class<?>> types) {
        this.analysis = analysis;
        this.types = types;
    }

    /** Completions at {@code cursor}: magic names on a {@code %} line, else JShell's suggestions. */
    ReplacementOptions complete(String cell, int cursor) {
        int lineStart = cell.lastIndexOf('\n', cursor - 1) + 1;
        String line = cell.substring(lineStart, cursor);
        if (line.stripLeading().startsWith("%")) {
            return completeMagic(line, lineStart, cursor);
        }
        String code = blankMagicLines(cell.substring(0, cursor));
        int start = snippetStart(code);
        String snippet = code.substring(start);
        int[] anchor = new int[1];
        List<SourceCodeAnalysis.Suggestion> suggestions = analysis.completionSuggestions(snippet, snippet.length(), anchor);
        String typed = snippet.substring(anchor[0]);
        boolean member = anchor[0] > 0 && snippet.charAt(anchor[0] - 1) == '.';
        if (!member) {
            // Overloads give the same text many times; those that fit the expected type come first.
            Set<String> texts = new LinkedHashSet<>();
            suggestions.stream().filter(SourceCodeAnalysis.Suggestion::matchesType).forEach(s -> texts.add(s.continuation()));
            suggestions.forEach(s -> texts.add(s.continuation()));
            return new ReplacementOptions(new ArrayList<>(texts), start + anchor[0], cursor);
        }
        List<String> ranked = MemberRanking.rank(suggestions, typed, receiverClass(snippet.substring(0, anchor[0] - 1)));
        return new ReplacementOptions(ranked, start + anchor[0], cursor);
    }

    /** The class of the expression before a dot, when JShell can name it and this JVM can load it. */
    private Class<?> receiverClass(String expression) {
        try {
            String type = analysis.analyzeType(expression, expression.length());
            if (type == null || type.isBlank()) {
                return null;
            }
            return types.apply(type.replaceAll("<.*>", "").strip());
        } catch (LinkageError | RuntimeException e) {
            return null;
        }
    }

    /**
     * {@code complete}, {@code invalid}, or the indent for the next line when the code stops in the
     * middle of a statement (so a console keeps reading).
     */
    String isComplete(String cell) {
        if (CellParts.parse(cell).cellMagic() != null) {
            return BaseKernel.IS_COMPLETE_YES;
        }
        String rest = blankMagicLines(cell);
        while (!rest.isBlank()) {
            SourceCodeAnalysis.CompletionInfo info = analysis.analyzeCompletion(rest);
            Completeness completeness = info.completeness();
            if (completeness == Completeness.EMPTY) {
                break;
            }
            if (completeness == Completeness.DEFINITELY_INCOMPLETE || completeness == Completeness.CONSIDERED_INCOMPLETE) {
                return nextIndent(cell);
            }
            if (completeness == Completeness.UNKNOWN) {
                return BaseKernel.IS_COMPLETE_BAD;
            }
            rest = info.remaining();
        }
        return BaseKernel.IS_COMPLETE_YES;
    }

    /** Where the snippet that the code ends in starts. */
    int snippetStart(String code) {
        List<CellSnippets.Snippet> snippets = CellSnippets.split(analysis, code);
        return snippets.isEmpty() ? code.length() : snippets.get(snippets.size() - 1).offset();
    }

    private static ReplacementOptions completeMagic(String line, int lineStart, int cursor) {
        String typed = line.stripLeading();
        boolean cell = typed.startsWith("%%");
        String prefix = typed.substring(cell ? 2 : 1);
        if (prefix.contains(" ")) {
            return new ReplacementOptions(List.of(), cursor, cursor);
        }
        List<String> names = new ArrayList<>();
        (cell ? Magics.CELL : Magics.LINE).keySet().stream().filter(name -> name.startsWith(prefix)).forEach(names::add);
        return new ReplacementOptions(names, cursor - prefix.length(), cursor);
    }

    /** The code with magic lines blanked, keeping every offset where it was. */
    static String blankMagicLines(String code) {
        String[] lines = code.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].stripLeading().startsWith("%")) {
                lines[i] = " ".repeat(lines[i].length());
            }
        }
        return String.join("\n", lines);
    }

    private static String nextIndent(String cell) {
        String[] lines = cell.split("\n", -1);
        String last = "";
        for (int i = lines.length - 1; i >= 0; i--) {
            if (!lines[i].isBlank()) {
                last = lines[i];
                break;
            }
        }
        String indent = last.substring(0, last.length() - last.stripLeading().length());
        String trimmed = last.strip();
        boolean opens = trimmed.endsWith("{") || trimmed.endsWith("(") || trimmed.endsWith("->");
        return opens ? indent + "    " : indent;
    }
}
