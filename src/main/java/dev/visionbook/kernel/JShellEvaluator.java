package dev.visionbook.kernel;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import jdk.jshell.Diag;
import jdk.jshell.JShell;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.SourceCodeAnalysis;

/**
 * The kernel's JShell: running in this JVM, on the kernel's own class path, so a cell's objects are
 * the kernel's objects (the same {@code Displayable} class, the same static display hook).
 *
 * <p>Threading: one thread evaluates at a time (the shell thread); {@link #stop()} may come from any
 * thread, typically the control channel's.
 */
final class JShellEvaluator implements AutoCloseable {

    private final JShell shell;
    private final ValueCapturingControl.Provider provider = new ValueCapturingControl.Provider();
    private final Map<String, SnippetOrigin> origins = new ConcurrentHashMap<>();
    private volatile boolean stopRequested;

    JShellEvaluator(String classPath) {
        // -proc:none: a jar on the class path that offers an annotation processor must not run on every cell.
        shell = JShell.builder().executionEngine(provider, Map.of()).compilerOptions("-proc:none").build();
        if (classPath != null && !classPath.isBlank()) {
            shell.addToClasspath(classPath);
        }
    }

    List<SnippetEvent> eval(String source) {
        return shell.eval(source);
    }

    SourceCodeAnalysis analysis() {
        return shell.sourceCodeAnalysis();
    }

    List<Diag> diagnostics(Snippet snippet) {
        return shell.diagnostics(snippet).toList();
    }

    List<String> unresolvedDependencies(Snippet snippet) {
        return snippet instanceof jdk.jshell.DeclarationSnippet declaration
                ? shell.unresolvedDependencies(declaration).toList() : List.of();
    }

    /** The slot of the snippet run last: its value, if it returned one. */
    ValueCapturingControl.Slot lastRun() {
        return provider.control().lastRun();
    }

    /**
     * The class JShell names {@code type} (a simple name when imported, as {@code Path}), loaded
     * without initialising it; null for classes of JShell's own snippets and names it cannot place.
     */
    Class<?> loadType(String type) {
        java.util.List<String> candidates = new java.util.ArrayList<>(java.util.List.of(type, "java.lang." + type));
        shell.imports().filter(snippet -> !snippet.isStatic()).map(jdk.jshell.ImportSnippet::fullname).forEach(name -> {
            if (name.endsWith(".*")) {
                candidates.add(name.substring(0, name.length() - 1) + type);
            } else if (name.endsWith("." + type)) {
                candidates.add(name);
            }
        });
        for (String candidate : candidates) {
            try {
                return Class.forName(candidate, false, JShellEvaluator.class.getClassLoader());
            } catch (ClassNotFoundException | LinkageError e) {
                // the next candidate
            }
        }
        return null;
    }

    /** Forgets a snippet, as if it had never been run. */
    void drop(Snippet snippet) {
        shell.drop(snippet);
    }

    void addToClasspath(String path) {
        shell.addToClasspath(path);
    }

    void remember(Snippet snippet, SnippetOrigin origin) {
        origins.put(snippet.id(), origin);
    }

    SnippetOrigin origin(String snippetId) {
        return origins.get(snippetId);
    }

    /** Forgets an earlier stop, before a new cell runs. */
    void clearStop() {
        stopRequested = false;
    }

    boolean stopRequested() {
        return stopRequested;
    }

    /** Stops the running snippet, and the rest of its cell. */
    void stop() {
        stopRequested = true;
        shell.stop();
    }

    @Override
    public void close() {
        shell.close();
    }
}
