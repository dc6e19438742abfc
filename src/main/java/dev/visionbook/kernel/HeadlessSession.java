package dev.visionbook.kernel;

import java.io.InputStream;
import dev.visionbook.display.Progress;
import dev.visionbook.display.ProgressSink;
import java.util.Map;

/**
 * The kernel's JShell, preload, magics, rendering and error reports without Jupyter: what the
 * headless notebook runner executes cells with, so a notebook gives the same outputs run either way.
 *
 * <pre>{@code
 * try (HeadlessSession session = HeadlessSession.start()) {
 *     CellOutcome outcome = session.run("1 + 1", output);   // output: where prints and displays go
 * }
 * }</pre>
 *
 * <p>Threading: one cell at a time, on the caller's thread. While a cell runs, {@code System.out},
 * {@code System.err}, {@code display(x)} and progress bars all go to that cell's output.
 */
public final class HeadlessSession implements AutoCloseable {

    private final JShellEvaluator evaluator;
    private final MavenResolver maven;
    private final CellExecutor executor;
    private int executionCount;

    private HeadlessSession(KernelSettings settings) {
        this.evaluator = new JShellEvaluator(settings.classPath());
        this.maven = new MavenResolver(settings.mavenLocalRepository(), settings.mavenRepositories());
        Preload.run(evaluator);
        this.executor = new CellExecutor(evaluator, maven);
    }

    /** Starts JShell on this JVM's class path and runs the kernel's preload; {@code %maven} is set up from the environment. */
    public static HeadlessSession start() {
        return new HeadlessSession(KernelSettings.fromEnvironment(System.getenv()));
    }

    static HeadlessSession start(Map<String, String> environment) {
        return new HeadlessSession(KernelSettings.fromEnvironment(environment));
    }

    /** Runs one cell (code, magics or a cell magic), sending what it prints and shows to {@code output}. */
    public CellOutcome run(String cell, CellOutput output) {
        int count = ++executionCount;
        CellStreams streams = new CellStreams(output);
        OrderedOutput ordered = new OrderedOutput(output, streams);
        ProgressSink previousSink = Progress.sink();
        ProgressSink sink = new NotebookProgressSink(ordered);
        Progress.useSink(sink);
        Notebook.attach(ordered);
        // No one is there to type: reading System.in ends at once rather than hanging the run.
        try (StandardStreams redirected = StandardStreams.redirectTo(streams, InputStream.nullInputStream())) {
            LastValue value = executor.execute(cell, count);
            streams.drain();
            return new CellOutcome(count, value.present() ? Rendering.result(value.value()) : null, null);
        } catch (RuntimeException e) {
            CellFailure failure = ErrorFormatter.internal(e);
            return new CellOutcome(count, null, new CellError(failure.ename(), failure.evalue(), failure.traceback()));
        } finally {
            streams.drain();
            Notebook.detach(ordered);
            if (Progress.sink() == sink) {
                Progress.useSink(previousSink);
            }
        }
    }

    /** Closes JShell. */
    @Override
    public void close() {
        evaluator.stop();
        evaluator.close();
        maven.close();
    }
}
