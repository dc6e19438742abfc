package dev.visionbook.display;

import java.io.PrintStream;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * Shows progress on the console, for jshell and programs outside a notebook; the default
 * {@link ProgressSink}. A count with a known total (an upload) is an ASCII bar, scaled to kB, MB
 * or GB by the size of the total. A wait with no total (a file PROCESSING) is one line redrawn in
 * place with what it waits in and for how long, as a notebook shows it:
 * {@code Waiting for talk.mp4: PROCESSING, 12 s}; a bar and a byte count would say nothing there.
 *
 * <pre>{@code
 * Progress.useSink(new ConsoleProgressSink());  // back to the default after a kernel's sink
 * }</pre>
 *
 * <p>Threading: safe to call from any thread. Each bar also redraws itself on progressbar's own
 * daemon thread until {@code finished} closes it.
 */
public final class ConsoleProgressSink implements ProgressSink {

    private final PrintStream out;
    private final Map<String, ProgressBar> bars = new ConcurrentHashMap<>();
    /** Waits being drawn, by display id, with the width of the line last drawn. */
    private final Map<String, Integer> waits = new ConcurrentHashMap<>();

    /** Draws on {@code System.err}, keeping {@code System.out} for results. */
    public ConsoleProgressSink() {
        this(System.err);
    }

    public ConsoleProgressSink(PrintStream out) {
        this.out = Objects.requireNonNull(out, "out");
    }

    @Override
    public void started(Progress progress) {
        if (progress.total() < 0) {
            waits.put(progress.displayId(), 0);
            redraw(progress, false);
            return;
        }
        ProgressBarBuilder builder = new ProgressBarBuilder()
                .setTaskName(progress.label())
                .setInitialMax(progress.total())
                .setStyle(ProgressBarStyle.ASCII)
                .setConsumer(new ConsoleProgressBarConsumer(out));
        scaleUnit(builder, progress.total());
        bars.put(progress.displayId(), builder.build());
    }

    @Override
    public void changed(Progress progress) {
        if (waits.containsKey(progress.displayId())) {
            redraw(progress, false);
            return;
        }
        ProgressBar bar = bars.get(progress.displayId());
        if (bar != null) {
            bar.stepTo(progress.done());
            bar.setExtraMessage(progress.message().orElse(""));
        }
    }

    @Override
    public void finished(Progress progress) {
        if (waits.containsKey(progress.displayId())) {
            redraw(progress, true);
            waits.remove(progress.displayId());
            return;
        }
        ProgressBar bar = bars.remove(progress.displayId());
        if (bar != null) {
            bar.stepTo(progress.done());
            bar.setExtraMessage(progress.state().finalText());
            bar.close();
        }
    }

    /** Draws a wait's line over the last one (padded to cover it), ending it with a newline once finished. */
    private void redraw(Progress progress, boolean last) {
        String line = ProgressText.plain(progress.state());
        int previous = waits.getOrDefault(progress.displayId(), 0);
        String padding = " ".repeat(Math.max(0, previous - line.length()));
        synchronized (out) {
            out.print("\r" + line + padding + (last ? System.lineSeparator() : ""));
            out.flush();
        }
        waits.computeIfPresent(progress.displayId(), (id, width) -> line.length());
    }

    private static void scaleUnit(ProgressBarBuilder builder, long total) {
        // An unknown total is usually an upload of unknown size, so megabytes are the likely scale.
        long reference = total < 0 ? 1_000_000_000L : total;
        if (reference >= 10_000_000_000L) {
            builder.setUnit("GB", 1_000_000_000L);
        } else if (reference >= 10_000_000L) {
            builder.setUnit("MB", 1_000_000L);
        } else if (reference >= 10_000L) {
            builder.setUnit("kB", 1_000L);
        }
    }
}
