package dev.visionbook.kernel;

import dev.visionbook.display.Progress;
import dev.visionbook.display.ProgressSink;

/**
 * Shows each {@link Progress} as one output that updates in place: {@code display_data} with a
 * transient {@code display_id} when it starts, {@code update_display_data} on every change and at
 * the finish.
 *
 * <p>Threading: called on whichever thread updates a progress (see {@link ProgressSink});
 * a {@link CellOutput} takes outputs from any thread.
 */
final class NotebookProgressSink implements ProgressSink {

    private final CellOutput output;

    NotebookProgressSink(CellOutput output) {
        this.output = output;
    }

    @Override
    public void started(Progress progress) {
        output.display(progress.mimeBundle(), progress.displayId());
    }

    @Override
    public void changed(Progress progress) {
        output.updateDisplay(progress.mimeBundle(), progress.displayId());
    }

    @Override
    public void finished(Progress progress) {
        output.updateDisplay(progress.mimeBundle(), progress.displayId());
    }
}
