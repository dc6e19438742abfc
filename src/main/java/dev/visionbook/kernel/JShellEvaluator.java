package dev.visionbook.kernel;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
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

    private static final java.time.Duration STOP_REPEAT = java.time.Duration.ofSeconds(10);

    private final JShell shell;
    private final ValueCapturingControl.Provider provider = new ValueCapturingControl.Provider();
    private final Map<String, SnippetOrigin> origins = new ConcurrentHashMap<>();
    private volatile boolean stopRequested;
    private volatile boolean evaluating;

    JShellEvaluator(String classPath) {
        IndexedJars.Split parts = IndexedJars.split(classPath);
        IndexedJars jars = new IndexedJars(parts.jars());
        // -proc:none: a jar on the class path that offers an annotation processor must not run on every cell.
        shell = JShell.builder().executionEngine(provider, Map.of()).compilerOptions("-proc:none")
                .fileManager(standard -> new IndexedClassPath(standard, jars)).build();
        if (!parts.others().isEmpty()) {
            shell.addToClasspath(parts.others().stream().map(Path::toString).collect(Collectors.joining(File.pathSeparator)));
        }
    }

    List<SnippetEvent> eval(String source) {
        evaluating = true;
        try {
            return shell.eval(source);
        } finally {
            evaluating = false;
        }
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

    /**
     * Stops the running snippet, and the rest of its cell. A stop that comes while JShell still
     * compiles the snippet finds no code of it running yet, so it is repeated, every 50 ms for up to
     * ten seconds, until the snippet's code runs and stops, or the next cell clears it.
     */
    void stop() {
        stopRequested = true;
        shell.stop();
        if (!evaluating) {
            return;
        }
        Thread repeat = new Thread(() -> {
            long deadline = System.nanoTime() + STOP_REPEAT.toNanos();
            while (stopRequested && evaluating && System.nanoTime() < deadline) {
                try {
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    return;
                }
                if (stopRequested && evaluating) {
                    shell.stop();
                }
            }
        }, "kernel-stop-repeat");
        repeat.setDaemon(true);
        repeat.start();
    }

    @Override
    public void close() {
        shell.close();
    }
}
