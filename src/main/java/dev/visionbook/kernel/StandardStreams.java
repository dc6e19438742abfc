package dev.visionbook.kernel;

import java.io.InputStream;
import java.io.PrintStream;

/**
 * Points {@code System.out} and {@code System.err} at a cell's streams while it runs, and gives
 * the previous streams back when closed. Stdin reads end at once: no console sits behind a
 * notebook, and a cell waiting for input would hang the kernel.
 */
final class StandardStreams implements AutoCloseable {

    private final PrintStream out = System.out;
    private final PrintStream err = System.err;
    private final InputStream in = System.in;
    private final CellStreams streams;

    private StandardStreams(CellStreams streams) {
        this.streams = streams;
        System.setOut(streams.stdout);
        System.setErr(streams.stderr);
        System.setIn(InputStream.nullInputStream());
    }

    static StandardStreams redirectTo(CellStreams streams) {
        return new StandardStreams(streams);
    }

    @Override
    public void close() {
        streams.drain();
        System.setOut(out);
        System.setErr(err);
        System.setIn(in);
    }
}
