package dev.visionbook.kernel;

import java.util.concurrent.CompletableFuture;

/**
 * JShell started and the preload run on a thread of their own, from the kernel's first moment:
 * javac's start is the longest step before a first cell can run, so it goes before the connection
 * file is read and the sockets are bound, not after.
 *
 * <pre>{@code
 * CompletableFuture<JShellEvaluator> jshell = JShellStart.begin(settings.classPath());
 * // ... bind the sockets ...
 * JShellEvaluator evaluator = jshell.join();
 * }</pre>
 */
final class JShellStart {

    private JShellStart() {
    }

    /** Starts JShell on {@code classPath} and runs {@link Preload}; the future fails if JShell does not start. */
    static CompletableFuture<JShellEvaluator> begin(String classPath) {
        CompletableFuture<JShellEvaluator> started = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            try {
                JShellEvaluator evaluator = new JShellEvaluator(classPath);
                Preload.run(evaluator);
                started.complete(evaluator);
            } catch (Throwable e) {
                started.completeExceptionally(e);
            }
        }, "kernel-jshell-start");
        thread.setDaemon(true);
        thread.start();
        return started;
    }
}
