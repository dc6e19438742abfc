package dev.visionbook.kernel;

import dev.visionbook.display.MimeBundle;

/**
 * A {@link CellOutput} that sends what the cell printed before each display, so text and
 * pictures keep the order the cell made them in although printed text is gathered for a moment.
 */
final class OrderedOutput implements CellOutput {

    private final CellOutput target;
    private final CellStreams streams;

    OrderedOutput(CellOutput target, CellStreams streams) {
        this.target = target;
        this.streams = streams;
    }

    @Override
    public void stream(String name, String text) {
        target.stream(name, text);
    }

    @Override
    public void display(MimeBundle bundle, String displayId) {
        streams.drain();
        target.display(bundle, displayId);
    }

    @Override
    public void updateDisplay(MimeBundle bundle, String displayId) {
        streams.drain();
        target.updateDisplay(bundle, displayId);
    }
}
