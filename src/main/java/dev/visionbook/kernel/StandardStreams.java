package dev.visionbook.kernel;

import java.io.InputStream;
import java.io.PrintStream;

/**
 * Points {@code System.out} and {@code System.err} at a cell's streams and {@code System.in} at its
 * input while it runs, and gives the previous streams back when closed.
 */
final class StandardStreams implements AutoCloseable {

    private final PrintStream out = System.out;
    private final PrintStream err = System.err;
    private final InputStream in = System.in;
    private final CellStreams streams;

    private StandardStreams(CellStreams streams, InputStream input) {
        this.streams = streams;
        System.setOut(streams.stdout);
        System.setErr(streams.stderr);
        System.setIn(input);
    }

    static StandardStreams redirectTo(CellStreams streams, InputStream input) {
        return new StandardStreams(streams, input);
    }

    @Override
    public void close() {
        streams.drain();
        System.setOut(out);
        System.setErr(err);
        System.setIn(in);
    }
}
