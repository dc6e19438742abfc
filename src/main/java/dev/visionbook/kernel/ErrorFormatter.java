package dev.visionbook.kernel;

import dev.visionbook.api.VisionbookException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import jdk.jshell.Diag;
import jdk.jshell.EvalException;
import jdk.jshell.JShellException;
import jdk.jshell.UnresolvedReferenceException;

/**
 * The one place that turns what went wrong in a cell into a notebook error: compile errors point at
 * the cell's line and column, exceptions show their message and only the frames of the user's own
 * code, a {@link VisionbookException} shows its message alone (it already says what to do).
 */
final class ErrorFormatter {

    private static final String RED = "\u001b[1;31m";
    private static final String RESET = "\u001b[0m";

    private ErrorFormatter() {
    }

    /** Compile errors of one snippet, each with its cell line, column, message and a caret under the place. */
    static CellFailure compileError(CellSnippets.Snippet snippet, List<Diag> diagnostics, SnippetOrigin origin) {
        List<String> lines = new ArrayList<>();
        String first = null;
        for (Diag diag : diagnostics) {
            if (!diag.isError()) {
                continue;
            }
            String message = cleanMessage(diag.getMessage(Locale.ROOT));
            first = first == null ? message : first;
            long position = Math.max(0, diag.getPosition() >= 0 ? diag.getPosition() : diag.getStartPosition());
            int[] lineColumn = SnippetOrigin.lineAndColumn(snippet.source(), (int) position);
            int cellLine = origin.cellLine(lineColumn[0]);
            int column = lineColumn[0] == 1 ? origin.firstColumn() + lineColumn[1] - 1 : lineColumn[1];
            lines.add(RED + "Compile error at line " + cellLine + ", column " + column + ":" + RESET + " " + message);
            String sourceLine = snippet.source().split("\n", -1)[lineColumn[0] - 1];
            lines.add("    " + sourceLine);
            lines.add("    " + " ".repeat(Math.max(0, lineColumn[1] - 1)) + "^");
        }
        if (first == null) {
            first = "the code does not compile";
            lines.add(RED + "Compile error:" + RESET + " " + first);
        }
        return new CellFailure("CompileError", first, lines);
    }

    /** An exception thrown by the cell's code, or a reference to something not defined yet. */
    static CellFailure exception(JShellException thrown, Function<String, SnippetOrigin> origins, int executionCount) {
        if (thrown instanceof UnresolvedReferenceException unresolved) {
            String message = "Cannot run " + unresolved.getSnippet().source().strip().lines().findFirst().orElse("")
                    + " yet: it uses something not defined. Define it, then run this again.";
            return new CellFailure("UnresolvedReference", message, List.of(RED + "UnresolvedReference:" + RESET + " " + message));
        }
        if (!(thrown instanceof EvalException eval)) {
            return internal(thrown);
        }
        String className = eval.getExceptionClassName();
        String message = withoutWrapperNames(eval.getMessage());
        String simpleName = className.substring(className.lastIndexOf('.') + 1);
        if (isVisionbookException(className)) {
            return new CellFailure(simpleName, message, List.of(RED + message + RESET));
        }
        List<String> lines = new ArrayList<>();
        lines.add(RED + className + RESET + (message.isEmpty() ? "" : ": " + message));
        lines.addAll(userFrames(eval.getStackTrace(), origins, executionCount));
        Throwable cause = eval.getCause();
        for (int depth = 0; cause != null && depth < 10; depth++, cause = cause.getCause()) {
            String causeName = cause instanceof EvalException causeEval ? causeEval.getExceptionClassName()
                    : cause.getClass().getName();
            lines.add("Caused by: " + causeName + (cause.getMessage() == null ? "" : ": " + withoutWrapperNames(cause.getMessage())));
            lines.addAll(userFrames(cause.getStackTrace(), origins, executionCount));
        }
        return new CellFailure(simpleName, message, lines);
    }

    /** The cell was stopped by an interrupt. */
    static CellFailure interrupted() {
        String message = "The cell was interrupted.";
        return new CellFailure("Interrupted", message, List.of(RED + "Interrupted:" + RESET + " " + message));
    }

    /**
     * Something that failed in the kernel on the cell's behalf (a magic, showing a value): its
     * message, never the kernel's frames.
     */
    static CellFailure internal(Throwable thrown) {
        if (thrown instanceof CellFailure failure) {
            return failure;
        }
        String message = thrown.getMessage() == null ? "" : thrown.getMessage();
        String simpleName = thrown.getClass().getSimpleName();
        if (thrown instanceof VisionbookException || thrown instanceof MagicException) {
            return new CellFailure(simpleName, message, List.of(RED + message + RESET));
        }
        List<String> lines = new ArrayList<>();
        lines.add(RED + thrown.getClass().getName() + RESET + (message.isEmpty() ? "" : ": " + message));
        for (Throwable cause = thrown.getCause(); cause != null && cause != thrown; cause = cause.getCause()) {
            lines.add("Caused by: " + cause.getClass().getName() + (cause.getMessage() == null ? "" : ": " + cause.getMessage()));
        }
        return new CellFailure(simpleName, message, lines);
    }

    /** Frames of snippets only: JShell names their file {@code #id}. */
    private static List<String> userFrames(StackTraceElement[] frames, Function<String, SnippetOrigin> origins, int executionCount) {
        List<String> lines = new ArrayList<>();
        for (StackTraceElement frame : frames) {
            String file = frame.getFileName();
            if (file == null || !file.startsWith("#")) {
                continue;
            }
            SnippetOrigin origin = origins.apply(file.substring(1));
            String method = frameName(frame);
            if (origin == null) {
                lines.add("    at " + method + "snippet " + file + " line " + frame.getLineNumber());
            } else if (origin.executionCount() == executionCount) {
                lines.add("    at " + method + "line " + origin.cellLine(frame.getLineNumber()));
            } else {
                lines.add("    at " + method + "cell [" + origin.executionCount() + "] line " + origin.cellLine(frame.getLineNumber()));
            }
        }
        return lines;
    }

    /** {@code Foo.bar, } for a method, {@code lambda, } for a lambda, nothing for the cell's own code. */
    private static String frameName(StackTraceElement frame) {
        String method = frame.getMethodName() == null ? "" : frame.getMethodName();
        if (method.isEmpty() || method.startsWith("do_it$")) {
            return "";
        }
        if (method.startsWith("lambda$")) {
            return "lambda, ";
        }
        String owner = frame.getClassName() == null || frame.getClassName().isEmpty() ? "" : frame.getClassName() + ".";
        return owner + method + ", ";
    }

    /** Messages may name JShell's wrapper classes ({@code "REPL.$JShell$18.s" is null}); the user wrote just {@code s}. */
    private static String withoutWrapperNames(String message) {
        return message == null ? "" : message.replaceAll("REPL\\.\\$JShell\\$\\d+[A-Z]?\\.", "");
    }

    /** javac speaks of the hidden wrapper class JShell compiles into; that location helps no one. */
    private static String cleanMessage(String message) {
        StringBuilder kept = new StringBuilder();
        for (String line : message.split("\n")) {
            if (line.strip().startsWith("location: class") && !line.contains(".")) {
                continue;
            }
            if (kept.length() > 0) {
                kept.append("\n    ");
            }
            kept.append(line.strip());
        }
        return kept.toString();
    }

    private static boolean isVisionbookException(String className) {
        try {
            Class<?> type = Class.forName(className, false, ErrorFormatter.class.getClassLoader());
            return VisionbookException.class.isAssignableFrom(type);
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }
}
