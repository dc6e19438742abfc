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
 * Shows progress as an ASCII bar on the console, for jshell and programs outside a notebook; the
 * default {@link ProgressSink}. Counts are scaled to kB, MB or GB by the size of the total.
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

    /** Draws on {@code System.err}, keeping {@code System.out} for results. */
    public ConsoleProgressSink() {
        this(System.err);
    }

    public ConsoleProgressSink(PrintStream out) {
        this.out = Objects.requireNonNull(out, "out");
    }

    @Override
    public void started(Progress progress) {
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
        ProgressBar bar = bars.get(progress.displayId());
        if (bar != null) {
            bar.stepTo(progress.done());
            bar.setExtraMessage(progress.message().orElse(""));
        }
    }

    @Override
    public void finished(Progress progress) {
        ProgressBar bar = bars.remove(progress.displayId());
        if (bar != null) {
            bar.stepTo(progress.done());
            bar.setExtraMessage(progress.state().finalText());
            bar.close();
        }
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
