package dev.visionbook.kernel;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * A cell's {@code System.out} and {@code System.err}: text goes out to the cell's {@link CellOutput} while
 * the cell runs, gathered for a few milliseconds so a loop of prints makes a few messages, not
 * thousands. An explicit {@code flush()} sends at once; writing to one stream first sends what the
 * other holds, so stdout and stderr keep their order.
 *
 * <p>Threading: any thread may write; pending text is sent by the writer, by the shared
 * {@code kernel-output} daemon thread after the delay, or by {@link #drain()}.
 */
final class CellStreams {

    private static final long GATHER_MILLIS = 20;
    private static final ScheduledExecutorService SENDER = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "kernel-output");
        thread.setDaemon(true);
        return thread;
    });

    private final Pending out;
    private final Pending err;
    final PrintStream stdout;
    final PrintStream stderr;

    CellStreams(CellOutput output) {
        out = new Pending(output, "stdout");
        err = new Pending(output, "stderr");
        out.other = err;
        err.other = out;
        // No autoflush: PrintStream would flush every line, and flush here means "send now".
        stdout = new PrintStream(out, false, StandardCharsets.UTF_8);
        stderr = new PrintStream(err, false, StandardCharsets.UTF_8);
    }

    /** Sends everything written so far. */
    void drain() {
        stdout.flush();
        stderr.flush();
    }

    private static final class Pending extends OutputStream {
        private final CellOutput output;
        private final String name;
        private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        private Pending other;
        private boolean scheduled;

        Pending(CellOutput output, String name) {
            this.output = output;
            this.name = name;
        }

        @Override
        public void write(int b) {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) {
            other.flush();
            synchronized (this) {
                buffer.write(bytes, offset, length);
                if (!scheduled) {
                    scheduled = true;
                    SENDER.schedule(this::flush, GATHER_MILLIS, TimeUnit.MILLISECONDS);
                }
            }
        }

        @Override
        public void flush() {
            String text;
            synchronized (this) {
                scheduled = false;
                byte[] bytes = buffer.toByteArray();
                int complete = completeUtf8Length(bytes);
                if (complete == 0) {
                    return;
                }
                text = new String(bytes, 0, complete, StandardCharsets.UTF_8);
                buffer.reset();
                buffer.write(bytes, complete, bytes.length - complete);
                // Sent under the lock so two flushes of one stream never swap their texts.
                output.stream(name, text);
            }
        }

        /** Bytes up to the last whole UTF-8 character: a timed send must not cut one in two. */
        private static int completeUtf8Length(byte[] bytes) {
            int end = bytes.length;
            int i = end - 1;
            int continuation = 0;
            while (i >= 0 && (bytes[i] & 0xC0) == 0x80 && continuation < 3) {
                i--;
                continuation++;
            }
            if (i < 0) {
                return end;
            }
            int lead = bytes[i] & 0xFF;
            int needed = lead >= 0xF0 ? 3 : lead >= 0xE0 ? 2 : lead >= 0xC0 ? 1 : 0;
            return needed > continuation ? i : end;
        }
    }
}
