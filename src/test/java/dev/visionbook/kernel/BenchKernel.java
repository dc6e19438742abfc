package dev.visionbook.kernel;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One kernel process the benchmarks start as Jupyter would, from its command line with
 * {@code {connection_file}} in it, talked to by a {@link JupyterTestClient}; for {@link KernelBench}
 * and {@link NotebookMemoryBench}, not a unit test.
 *
 * @param name what the tables call it
 * @param argv the command, {@code {connection_file}} where the file goes
 * @param environment variables set for it (others inherited)
 * @param folder where it runs
 */
record BenchKernel(String name, List<String> argv, Map<String, String> environment, Path folder) {

    /** A started kernel and its client; closing shuts it down. */
    static final class Running implements AutoCloseable {
        final JupyterTestClient client;
        final Process process;
        final long startNanos;

        private Running(JupyterTestClient client, Process process, long startNanos) {
            this.client = client;
            this.process = process;
            this.startNanos = startNanos;
        }

        @Override
        public void close() throws InterruptedException {
            try {
                client.requestOnControl("shutdown_request", JupyterTestClient.json(Map.of("restart", false)));
            } catch (AssertionError | RuntimeException e) {
                // it may be gone already
            }
            if (!process.waitFor(15, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
            client.close();
        }
    }

    /** Starts it, with the client's sockets already connecting so its start is timed closely. */
    Running start(Path work, String id) throws IOException {
        JupyterTestClient client = new JupyterTestClient();
        Path connection = work.resolve(name + "-" + id + ".json");
        Files.writeString(connection, client.connectionJson());
        List<String> command = new ArrayList<>();
        argv.forEach(argument -> command.add(argument.replace("{connection_file}", connection.toString())));
        ProcessBuilder builder = new ProcessBuilder(command).directory(folder.toFile()).redirectErrorStream(true)
                .redirectOutput(work.resolve(name + "-" + id + ".log").toFile());
        List.of("GEMINI_API_KEY", "GOOGLE_API_KEY", "VISIONBOOK_BASE_URL", "VISIONBOOK_API_KEY")
                .forEach(builder.environment()::remove);
        builder.environment().putAll(environment);
        client.open();
        long start = System.nanoTime();
        return new Running(client, builder.start(), start);
    }

    /** Resident and proportional memory of a process, and its peak, in bytes (Linux's /proc). */
    record Memory(long rss, long pss, long peak) {

        static Memory of(long pid) {
            return new Memory(field(pid, "status", "VmRSS:"), field(pid, "smaps_rollup", "Pss:"), field(pid, "status", "VmHWM:"));
        }

        Memory plus(Memory other) {
            return new Memory(rss + other.rss, pss + other.pss, peak + other.peak);
        }

        private static long field(long pid, String file, String name) {
            try {
                for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), file))) {
                    if (line.startsWith(name)) {
                        return Long.parseLong(line.replaceAll("\\D", "")) * 1024;
                    }
                }
            } catch (IOException | RuntimeException e) {
                // no such process, or not Linux
            }
            return 0;
        }
    }
}
