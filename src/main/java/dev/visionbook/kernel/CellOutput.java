package dev.visionbook.kernel;

import dev.visionbook.display.MimeBundle;

/**
 * Where a running cell's outputs go: to Jupyter's IOPub channel in the kernel, into the executed
 * notebook in the headless runner. Outputs arrive in the order the cell made them.
 *
 * <p>Threading: any thread may call (a progress bar moves on the thread that uploads).
 */
public interface CellOutput {

    /** Text the cell printed; {@code name} is {@code "stdout"} or {@code "stderr"}. */
    void stream(String name, String text);

    /** Shows a value; a non-null {@code displayId} lets {@link #updateDisplay} replace it later. */
    void display(MimeBundle bundle, String displayId);

    /** Replaces what the display with {@code displayId} shows. */
    void updateDisplay(MimeBundle bundle, String displayId);
}
