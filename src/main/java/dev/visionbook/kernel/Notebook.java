package dev.visionbook.kernel;

import dev.visionbook.display.ConsoleOutput;

/**
 * What a notebook cell calls to show something before the cell ends. The preload imports its
 * {@code display(x)} and {@code show(x)}, so cells just write:
 *
 * <pre>{@code
 * display(markdown("## Before"));
 * display(boxes(photo, answer));
 * }</pre>
 *
 * <p>Outside a running kernel (in plain jshell, say) it shows the value on the console instead.
 * Threading: any thread may call it.
 */
public final class Notebook {

    private static volatile CellOutput output;

    private Notebook() {
    }

    /** Shows {@code value} in the cell's output, rendered like a cell's last value. */
    public static void display(Object value) {
        CellOutput current = output;
        if (current == null) {
            ConsoleOutput.show(value);
            return;
        }
        current.display(Rendering.bundle(value), null);
    }

    /** The same as {@link #display}: a cell may say either. */
    public static void show(Object value) {
        display(value);
    }

    static void attach(CellOutput notebookOutput) {
        output = notebookOutput;
    }

    static void detach(CellOutput notebookOutput) {
        if (output == notebookOutput) {
            output = null;
        }
    }
}
