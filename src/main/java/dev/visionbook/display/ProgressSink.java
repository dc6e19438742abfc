package dev.visionbook.display;

/**
 * Where progress is shown: a console bar, or a notebook cell the kernel keeps updating through
 * {@code update_display_data} keyed by {@link Progress#displayId()}. Install one with
 * {@link Progress#useSink(ProgressSink)}.
 *
 * <p>Threading: calls come from whichever thread updated the progress, or from the shared
 * progress thread for updates that were held back by throttling. Calls for one {@link Progress}
 * never overlap and arrive in order: {@code started}, any number of {@code changed}, then
 * {@code finished} exactly once. Calls for different progresses may overlap. Return quickly: the
 * updating thread waits.
 *
 * <pre>{@code
 * Progress.useSink(new ProgressSink() {
 *     public void started(Progress p) { send("display_data", p.mimeBundle(), p.displayId()); }
 *     public void changed(Progress p) { send("update_display_data", p.mimeBundle(), p.displayId()); }
 *     public void finished(Progress p) { changed(p); }
 * });
 * }</pre>
 */
public interface ProgressSink {

    void started(Progress progress);

    /** Throttled: at most about every 100 ms per progress; the latest state is always delivered eventually. */
    void changed(Progress progress);

    void finished(Progress progress);
}
