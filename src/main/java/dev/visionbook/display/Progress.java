package dev.visionbook.display;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * Progress of an upload or a wait, counted in bytes, shown by the installed {@link ProgressSink}
 * (a console bar unless a kernel installed its own) and displayable as an HTML {@code <progress>}.
 *
 * <pre>{@code
 * Progress upload = Progress.start("Uploading talk.mp4", size);
 * upload.advance(chunk.length);           // as chunks go out
 * upload.finish("Ready: files/abc123");
 *
 * Progress wait = Progress.start("Waiting for talk.mp4", -1);
 * wait.message("PROCESSING");             // shown as "PROCESSING, 6 s" as time goes by
 * wait.finish("ACTIVE after 8 s");
 * }</pre>
 *
 * <p>Threading: any thread may update a progress, and several may do so at once. Sinks and
 * {@link #onChange listeners} run on the updating thread, or on the shared daemon thread
 * {@code visionbook-progress} for the last update of a burst that throttling held back; calls for
 * one progress never overlap. Changes reach them at most every 100 ms, but the latest state always
 * arrives, and {@code finish} always arrives, last and once.
 */
public final class Progress implements Displayable {

    private static final long THROTTLE_NANOS = TimeUnit.MILLISECONDS.toNanos(100);

    private static volatile ProgressSink globalSink = new ConsoleProgressSink();

    private final String label;
    private final long total;
    private final String displayId = UUID.randomUUID().toString().replace("-", "");
    // Kept from start so a sink installed midway never gets finished() for a progress it never saw start.
    private final ProgressSink sink;
    private final List<Consumer<Progress>> listeners = new CopyOnWriteArrayList<>();

    // Guarded by this.
    private long done;
    private String message;
    private boolean finished;
    private String finalText = "";

    // Guarded by delivery, which is never taken while holding this.
    private final Object delivery = new Object();
    private long lastDeliveredNanos;
    private boolean trailingScheduled;
    private boolean finishDelivered;

    private final LongSupplier nanoTime;
    private final long startNanos;

    private Progress(String label, long total, ProgressSink sink, LongSupplier nanoTime) {
        this.label = label;
        this.total = total;
        this.sink = sink;
        this.nanoTime = nanoTime;
        this.startNanos = nanoTime.getAsLong();
    }

    /**
     * Starts a progress of {@code total} bytes ({@code -1} when unknown: a wait, shown with its
     * message and the time it has taken so far) and tells the sink.
     */
    public static Progress start(String label, long total) {
        return start(label, total, System::nanoTime);
    }

    /** Like {@link #start(String, long)}, timed by {@code nanoTime} (a test's clock). */
    static Progress start(String label, long total, LongSupplier nanoTime) {
        if (total < -1) {
            throw new IllegalArgumentException("total must be -1 (unknown) or at least 0, not " + total);
        }
        Progress progress = new Progress(Objects.requireNonNull(label, "label"), total, globalSink, nanoTime);
        synchronized (progress.delivery) {
            progress.lastDeliveredNanos = System.nanoTime();
            progress.notifySafely(() -> progress.sink.started(progress));
        }
        return progress;
    }

    /** Installs the sink for progresses started from now on; a kernel installs its own. */
    public static void useSink(ProgressSink sink) {
        globalSink = Objects.requireNonNull(sink, "sink");
    }

    /** The sink new progresses will use. */
    public static ProgressSink sink() {
        return globalSink;
    }

    /** Adds {@code amount} bytes to what is done. */
    public void advance(long amount) {
        if (amount < 0) {
            throw new IllegalArgumentException("amount must not be negative: " + amount + "; use set() to go back");
        }
        synchronized (this) {
            if (finished) {
                return;
            }
            done += amount;
        }
        changed();
    }

    /** Sets how many bytes are done, e.g. after a resumed upload tells where it stands. */
    public void set(long done) {
        if (done < 0) {
            throw new IllegalArgumentException("done must not be negative: " + done);
        }
        synchronized (this) {
            if (finished) {
                return;
            }
            this.done = done;
        }
        changed();
    }

    /** Shows a short status next to the bar, such as {@code PROCESSING 6 s}. */
    public void message(String text) {
        synchronized (this) {
            if (finished) {
                return;
            }
            message = text;
        }
        changed();
    }

    /** Ends the progress with a final text, such as {@code Ready} or {@code Failed: quota exceeded}; later calls do nothing. */
    public void finish(String finalText) {
        synchronized (this) {
            if (finished) {
                return;
            }
            finished = true;
            this.finalText = finalText == null ? "" : finalText;
        }
        synchronized (delivery) {
            if (finishDelivered) {
                return;
            }
            finishDelivered = true;
            notifySafely(() -> sink.finished(this));
            notifyListeners();
        }
    }

    /**
     * Calls {@code listener} with this progress on changes (throttled like the sink) and on finish.
     * A listener added after finish is not called.
     */
    public void onChange(Consumer<Progress> listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
    }

    /** A random id, the same for the life of this object, for Jupyter's {@code display_id}. */
    public String displayId() {
        return displayId;
    }

    public String label() {
        return label;
    }

    /** Total bytes, or {@code -1} when unknown. */
    public long total() {
        return total;
    }

    public synchronized long done() {
        return done;
    }

    public synchronized Optional<String> message() {
        return Optional.ofNullable(message);
    }

    public synchronized boolean isFinished() {
        return finished;
    }

    /** Done over total, within 0 and 1; with an unknown total, 0 until finished and then 1. */
    public double fraction() {
        return state().fraction();
    }

    @Override
    public MimeBundle mimeBundle() {
        ProgressState state = state();
        return MimeBundle.text(ProgressText.plain(state)).with(MimeBundle.TEXT_HTML, ProgressText.html(state));
    }

    /** {@code label: 42% (4.2 MB of 10 MB)}. */
    @Override
    public String toString() {
        return ProgressText.plain(state());
    }

    synchronized ProgressState state() {
        return new ProgressState(label, total, done, message, finished, finalText,
                Duration.ofNanos(Math.max(0, nanoTime.getAsLong() - startNanos)));
    }

    private void changed() {
        synchronized (delivery) {
            if (finishDelivered) {
                return;
            }
            long wait = lastDeliveredNanos + THROTTLE_NANOS - System.nanoTime();
            if (wait <= 0) {
                deliverChange();
            } else if (!trailingScheduled) {
                // Without this, the last change of a burst could stay unshown until the next update.
                trailingScheduled = true;
                ProgressTimer.schedule(this::deliverHeldBackChange, wait);
            }
        }
    }

    private void deliverHeldBackChange() {
        synchronized (delivery) {
            trailingScheduled = false;
            if (!finishDelivered) {
                deliverChange();
            }
        }
    }

    // Caller holds delivery.
    private void deliverChange() {
        lastDeliveredNanos = System.nanoTime();
        notifySafely(() -> sink.changed(this));
        notifyListeners();
    }

    private void notifyListeners() {
        for (Consumer<Progress> listener : listeners) {
            notifySafely(() -> listener.accept(this));
        }
    }

    private void notifySafely(Runnable call) {
        try {
            call.run();
        } catch (RuntimeException e) {
            // Showing progress must never break the upload or wait it reports on.
            System.err.println("Progress display failed for '" + label + "': " + e);
        }
    }
}
