package dev.visionbook.kernel;

import dev.visionbook.api.SharedServer;
import dev.visionbook.display.MimeBundle;
import dev.visionbook.display.Progress;
import dev.visionbook.display.ProgressSink;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import org.dflib.jjava.jupyter.channels.JupyterInputStream;
import org.dflib.jjava.jupyter.channels.ShellReplyEnvironment;
import org.dflib.jjava.jupyter.kernel.BaseKernel;
import org.dflib.jjava.jupyter.kernel.JupyterIO;
import org.dflib.jjava.jupyter.kernel.LanguageInfo;
import org.dflib.jjava.jupyter.kernel.ReplacementOptions;
import org.dflib.jjava.jupyter.kernel.comm.CommManager;
import org.dflib.jjava.jupyter.kernel.display.DisplayData;
import org.dflib.jjava.jupyter.kernel.display.Renderer;
import org.dflib.jjava.jupyter.kernel.util.StringStyler;
import org.dflib.jjava.jupyter.messages.Message;
import org.dflib.jjava.jupyter.messages.publish.PublishError;
import org.dflib.jjava.jupyter.messages.publish.PublishExecuteInput;
import org.dflib.jjava.jupyter.messages.reply.ErrorReply;
import org.dflib.jjava.jupyter.messages.reply.ExecuteReply;
import org.dflib.jjava.jupyter.messages.request.ExecuteRequest;
import org.dflib.jjava.jupyter.messages.request.HistoryRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The kernel's answers to Jupyter's requests, on the base library's message handling: execute
 * (with this kernel's streams, stdin, rendering and errors, and {@link StopOnError}), complete,
 * inspect, is_complete, history ({@link CellHistory}), interrupt, kernel_info and shutdown.
 *
 * <p>Threading: requests arrive on the shell thread, interrupt and shutdown also on the control
 * thread. JShell starts on a thread of its own while the sockets bind, so {@code kernel_info} is
 * answered at once; requests that need JShell wait for it, and then take turns with the warm-up
 * that thread goes on with (a lock, since JShell is not thread-safe).
 */
final class VisionbookKernel extends BaseKernel {

    private static final Logger LOG = LoggerFactory.getLogger(VisionbookKernel.class);
    private static final int WARM_UP_ROUNDS = 25;
    private static final Duration QUIET_BEFORE_BACKGROUND_WORK = Duration.ofSeconds(1);
    private static final Duration COMPACT_AFTER = Duration.ofSeconds(15);

    /** JShell and what works on it, ready once the preload has run. */
    private record Session(JShellEvaluator evaluator, CellExecutor executor, CodeAssist assist, Inspector inspector) {
    }

    private final KernelSettings settings;
    private final NotebookOutput output;
    private final CellHistory history;
    private final StopOnError stopOnError;
    // One System.in for every cell, so a Scanner kept from an earlier cell asks on behalf of the
    // cell running now: jjava's stream, pointed at each request's reply environment in turn.
    private final JupyterInputStream stdin = new JupyterInputStream(StandardCharsets.UTF_8);
    private final MavenResolver maven;
    private final JavadocIndex javadoc = new JavadocIndex();
    private final CompletableFuture<Session> session = new CompletableFuture<>();
    private final ProgressSink previousSink;
    private final ProgressSink progressSink;
    // JShell is not thread-safe: requests and the warm-up take turns with it.
    private final ReentrantLock jshell = new ReentrantLock();
    // Requests that wait for the session to start: the warm-up must not take JShell before them.
    private final AtomicInteger waitingForSession = new AtomicInteger();
    private volatile long lastRequest = System.nanoTime();
    private volatile boolean closed;

    VisionbookKernel(KernelSettings settings, SignedConnection connection) {
        this(settings, connection, new CellHistory());
    }

    private VisionbookKernel(KernelSettings settings, SignedConnection connection, CellHistory history) {
        super("visionbook", version(), languageInfo(), List.of(), history, new JupyterIO(StandardCharsets.UTF_8),
                new CommManager(), new Renderer(), null, null, false, new StringStyler.Builder().build());
        this.settings = settings;
        this.history = history;
        this.stopOnError = connection.stopOnError();
        this.output = new NotebookOutput(connection.getIOPub());
        connection.stdin().use(output::drainStreams, this::interruptRequested);
        this.maven = new MavenResolver(settings.mavenLocalRepository(), settings.mavenRepositories());
        this.previousSink = Progress.sink();
        this.progressSink = new NotebookProgressSink(output);
        Progress.useSink(progressSink);
        Notebook.attach(output);
    }

    private static LanguageInfo languageInfo() {
        return new LanguageInfo.Builder("java")
                .version(System.getProperty("java.version"))
                .mimetype("text/x-java-source")
                .fileExtension(".jshell")
                .pygments("java")
                .codemirror("text/x-java")
                .build();
    }

    private static String version() {
        String version = VisionbookKernel.class.getPackage().getImplementationVersion();
        return version == null ? "development" : version;
    }

    @Override
    public String getBanner() {
        return "visionbook " + getVersion() + ": Java " + System.getProperty("java.version")
                + " with JShell, the helper API preloaded (genai, markdown, boxes, display)";
    }

    /** Takes JShell once {@code jshell} has started it and run the preload, then warms it up while idle. */
    void startSession(CompletableFuture<JShellEvaluator> jshell) {
        Thread starter = new Thread(() -> {
            try {
                JShellEvaluator evaluator = jshell.join();
                CodeAssist assist = new CodeAssist(evaluator.analysis(), evaluator::loadType);
                session.complete(new Session(evaluator, new CellExecutor(evaluator, maven), assist,
                        new Inspector(evaluator.analysis(), assist, javadoc)));
            } catch (Throwable e) {
                LOG.error("JShell did not start", e);
                session.completeExceptionally(e);
                return;
            }
            try {
                warmUp(session.join().evaluator());
            } catch (RuntimeException e) {
                LOG.debug("The warm-up stopped: {}", e.toString());
            }
            if (settings.startServerAhead()) {
                startServerWhenIdle();
            }
            KernelArchive.ofThisJvm().ifPresent(this::refreshWhenIdle);
            if (settings.compactWhenIdle()) {
                compactWhenIdle();
            }
        }, "kernel-session");
        starter.setDaemon(true);
        starter.start();
    }

    /**
     * Warms javac up with throwaway cells while no request needs JShell, so early cells run as fast
     * as later ones; it gives way to the first request that does (JShell is not thread-safe).
     */
    private void warmUp(JShellEvaluator evaluator) {
        for (int round = 0; round < WARM_UP_ROUNDS; round++) {
            if (waitingForSession.get() > 0 || !jshell.tryLock()) {
                return;
            }
            try {
                if (jshell.hasQueuedThreads() || waitingForSession.get() > 0) {
                    return;
                }
                Preload.warmUpOnce(evaluator, round);
            } finally {
                jshell.unlock();
            }
        }
    }

    /**
     * Starts the shared local server (or finds it) once no request has come for a while, so that
     * neither JShell's warm-up nor a user's cell shares the cores with its start.
     */
    private void startServerWhenIdle() {
        try {
            awaitQuiet();
        } catch (InterruptedException e) {
            return;
        }
        SharedServer.startAhead(System.getenv());
    }

    /**
     * Makes the kernel's class-data archive anew when it is missing or stale (after a rebuild, a new
     * JDK), once no request has come for a while: the next kernel then starts sooner.
     */
    private void refreshWhenIdle(KernelArchive archive) {
        if (archive.isCurrent()) {
            return;
        }
        try {
            awaitQuiet();
        } catch (InterruptedException e) {
            return;
        }
        archive.refresh();
    }

    private void awaitQuiet() throws InterruptedException {
        while (jshell.isLocked() || System.nanoTime() - lastRequest < QUIET_BEFORE_BACKGROUND_WORK.toNanos()) {
            Thread.sleep(100);
        }
    }

    /**
     * Once the kernel has been idle for a while after a cell, runs a full collection once: with the
     * serial collector the JVM then gives back the heap that images and frames grew, and a notebook
     * left open holds only what it keeps. Runs until the kernel closes.
     */
    private void compactWhenIdle() {
        long compactedAfter = 0;
        try {
            while (!closed) {
                Thread.sleep(1000);
                long last = lastRequest;
                if (last != compactedAfter && !jshell.isLocked() && System.nanoTime() - last > COMPACT_AFTER.toNanos()) {
                    System.gc();
                    compactedAfter = last;
                }
            }
        } catch (InterruptedException e) {
            // closing
        }
    }

    /** Runs {@code use} on the session, holding JShell for it. */
    private <T> T withSession(Function<Session, T> use) {
        waitingForSession.incrementAndGet();
        Session ready;
        try {
            ready = session.join();
            jshell.lock();
        } finally {
            waitingForSession.decrementAndGet();
        }
        try {
            return use.apply(ready);
        } finally {
            lastRequest = System.nanoTime();
            jshell.unlock();
        }
    }

    @Override
    protected synchronized void handleExecuteRequest(ShellReplyEnvironment env, Message<ExecuteRequest> message) {
        commManager.setMessageContext(message);
        ExecuteRequest request = message.getContent();
        boolean silent = request.isSilent();
        int count = request.shouldStoreHistory() && !silent ? executionCount.getAndIncrement() : executionCount.get() - 1;
        env.setBusyDeferIdle();
        if (!silent) {
            env.publish(new PublishExecuteInput(request.getCode(), count));
        }
        if (request.shouldStoreHistory() && !silent) {
            history.add(count, request.getCode());
        }
        CellStreams streams = new CellStreams(output);
        output.beginCell(message, streams, silent);
        // EOF at once unless the front end allows stdin, else a line per question.
        stdin.setEnv(env);
        stdin.setEnabled(request.isStdinEnabled());
        try (StandardStreams redirected = StandardStreams.redirectTo(streams, stdin)) {
            LastValue value = withSession(ready -> ready.executor().execute(request.getCode(), count));
            streams.drain();
            if (value.present() && !silent) {
                MimeBundle result = Rendering.result(value.value());
                output.executeResult(count, result);
                result.get(MimeBundle.TEXT_PLAIN).ifPresent(text -> history.setOutput(count, text));
            }
            env.defer().reply(new ExecuteReply(count, Map.of()));
        } catch (RuntimeException e) {
            CellFailure failure = ErrorFormatter.internal(e instanceof CompletionException && e.getCause() != null ? e.getCause() : e);
            streams.drain();
            if (!silent) {
                env.publish(new PublishError(failure.ename(), failure.evalue(), failure.traceback()));
            }
            ErrorReply reply = new ErrorReply(failure.ename(), failure.evalue(), failure.traceback());
            reply.setExecutionCount(count);
            env.defer().replyError(ExecuteReply.MESSAGE_TYPE.error(), reply);
            if (!silent && request.shouldStopOnError()) {
                stopOnError.cellFailed();
            }
        } finally {
            stdin.retractEnv(env);
            output.endCell();
        }
    }

    /** Answers from {@link CellHistory}, whose reply follows the protocol where the base library's does not. */
    @Override
    protected void handleHistoryRequest(ShellReplyEnvironment env, Message<HistoryRequest> message) {
        env.setBusyDeferIdle();
        history.answer(env, message.getContent());
    }

    @Override
    public Object evalRaw(String source) {
        return withSession(ready -> ready.executor().execute(source, executionCount.get()).value());
    }

    @Override
    public ReplacementOptions complete(String code, int at) {
        ReplacementOptions options = withSession(ready -> ready.assist().complete(code, CodePoints.toChars(code, at)));
        return new ReplacementOptions(options.getReplacements(), CodePoints.toCodePoints(code, options.getSourceStart()),
                CodePoints.toCodePoints(code, options.getSourceEnd()));
    }

    @Override
    public DisplayData inspect(String code, int at, boolean extraDetail) {
        MimeBundle bundle = withSession(ready -> ready.inspector().inspect(code, CodePoints.toChars(code, at)));
        return bundle == null ? null : Rendering.displayData(bundle);
    }

    @Override
    public String isComplete(String code) {
        return withSession(ready -> ready.assist().isComplete(code));
    }

    private boolean interruptRequested() {
        Session current = session.getNow(null);
        return current != null && current.evaluator().stopRequested();
    }

    @Override
    public void interrupt() {
        Session current = session.getNow(null);
        if (current != null) {
            current.evaluator().stop();
        }
    }

    @Override
    public List<String> formatError(Throwable e) {
        return ErrorFormatter.internal(e).traceback();
    }

    /** Nothing global to install: the base library's static kernel slot would let only one kernel run per JVM. */
    @Override
    public void onStartup() {
    }

    @Override
    public void onShutdown(boolean restarting) {
        close();
    }

    /** Stops a running cell, closes JShell and gives the display hooks back. Idempotent. */
    void close() {
        closed = true;
        if (Progress.sink() == progressSink) {
            Progress.useSink(previousSink);
        }
        Notebook.detach(output);
        Session current = session.getNow(null);
        if (current != null) {
            current.evaluator().stop();
            current.evaluator().close();
        }
        maven.close();
    }
}
