package dev.visionbook.kernel;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Kernel latency benchmark, not a unit test (run it through {@code scripts/bench-kernel}).
 *
 * <p>Starts {@code java -jar visionbook.jar kernel} with the kernelspec's JVM options, as Jupyter
 * does, and times from the process start to the {@code kernel_info_reply}; then the first
 * {@code 1 + 1} (it waits for JShell and the preload) and many more {@code 1 + 1} round trips,
 * from {@code execute_request} sent to {@code execute_reply} received, and to the idle status that
 * ends the cell's output; also the last cells of each run alone, once the JIT has warmed javac up.
 * Prints medians over all runs.
 *
 * <pre>
 * KernelBench --jar target/visionbook.jar [--runs N (default 7)] [--cells N (default 30)] [--java PATH]
 *             [--jvm-options "OPTIONS" (default: the kernelspec's)]
 * </pre>
 */
public final class KernelBench {

    /** The last cells of each run, when the JIT has compiled javac: what a notebook user mostly sees. */
    private static final int WARM_CELLS = 10;

    private KernelBench() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = options(args);
        Path jar = Path.of(options.getOrDefault("--jar", "target/visionbook.jar"));
        int runs = Integer.parseInt(options.getOrDefault("--runs", "7"));
        int cells = Integer.parseInt(options.getOrDefault("--cells", "30"));
        String java = options.getOrDefault("--java", Path.of(System.getProperty("java.home"), "bin", "java").toString());
        List<String> jvmOptions = options.containsKey("--jvm-options")
                ? List.of(options.get("--jvm-options").strip().split("\\s+")) : KernelSpec.JVM_OPTIONS;
        Path work = Files.createTempDirectory("kernel-bench");
        List<Double> ready = new ArrayList<>();
        List<Double> first = new ArrayList<>();
        List<Double> reply = new ArrayList<>();
        List<Double> idle = new ArrayList<>();
        List<Double> warm = new ArrayList<>();
        for (int run = 1; run <= runs; run++) {
            try (JupyterTestClient client = new JupyterTestClient()) {
                Path connection = work.resolve("kernel-" + run + ".json");
                Files.writeString(connection, client.connectionJson());
                List<String> command = new ArrayList<>(List.of(java));
                command.addAll(jvmOptions);
                command.addAll(List.of("-jar", jar.toString(), "kernel", connection.toString()));
                client.open();
                long start = System.nanoTime();
                Process process = new ProcessBuilder(command).redirectErrorStream(true)
                        .redirectOutput(work.resolve("kernel-" + run + ".log").toFile()).start();
                client.awaitShellReply(client.send(client.shell(), "kernel_info_request", JupyterTestClient.object()));
                ready.add(millisSince(start));
                List<Double> firstIdle = new ArrayList<>();
                timedCell(client, new ArrayList<>(), firstIdle);
                first.add(firstIdle.get(0));
                for (int cell = 0; cell < cells; cell++) {
                    timedCell(client, reply, idle);
                    if (cell >= cells - WARM_CELLS) {
                        warm.add(reply.get(reply.size() - 1));
                    }
                }
                client.requestOnControl("shutdown_request", JupyterTestClient.json(Map.of("restart", false)));
                if (!process.waitFor(15, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
                System.out.printf(Locale.ROOT, "run %d: ready %.0f ms, first 1 + 1 %.0f ms%n", run,
                        ready.get(ready.size() - 1), first.get(first.size() - 1));
            }
        }
        System.out.println();
        System.out.printf(Locale.ROOT, "process start -> kernel_info_reply   median %6.0f ms  (min %.0f, max %.0f; %d runs; target < 1500 ms)%n",
                median(ready), min(ready), max(ready), runs);
        System.out.printf(Locale.ROOT, "first 1 + 1 (waits for JShell)       median %6.0f ms%n", median(first));
        System.out.printf(Locale.ROOT, "1 + 1: execute_request -> reply      median %6.1f ms  (p90 %.1f; %d cells; target < 30 ms)%n",
                median(reply), percentile(reply, 0.9), reply.size());
        System.out.printf(Locale.ROOT, "1 + 1: execute_request -> idle       median %6.1f ms%n", median(idle));
        System.out.printf(Locale.ROOT, "1 + 1 warm (last %d cells of a run)  median %6.1f ms%n", WARM_CELLS, median(warm));
        System.out.println("kernel JVM: " + java + " " + String.join(" ", jvmOptions) + "; "
                + Runtime.getRuntime().availableProcessors() + " cores");
        try (var files = Files.walk(work)) {
            files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
        }
    }

    /** Runs {@code 1 + 1}, adds the times to its reply and to its idle status, and checks it gave 2. */
    private static void timedCell(JupyterTestClient client, List<Double> replies, List<Double> idles) {
        long start = System.nanoTime();
        String id = client.sendExecute("1 + 1");
        JupyterTestClient.Msg reply = client.awaitShellReply(id);
        replies.add(millisSince(start));
        JupyterTestClient.Execution execution = client.awaitIdle(id, reply);
        idles.add(millisSince(start));
        if (execution.result() == null || !"2".equals(execution.result().path("text/plain").asText())) {
            throw new AssertionError("1 + 1 gave " + execution.outputs());
        }
    }

    private static double millisSince(long start) {
        return (System.nanoTime() - start) / 1e6;
    }

    private static double median(List<Double> values) {
        return percentile(values, 0.5);
    }

    private static double percentile(List<Double> values, double fraction) {
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return sorted[(int) Math.min(sorted.length - 1, Math.floor(fraction * sorted.length))];
    }

    private static double min(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).min().orElse(0);
    }

    private static double max(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).max().orElse(0);
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new java.util.HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            if (!args[i].startsWith("--")) {
                throw new IllegalArgumentException("Expected --option value, got " + Arrays.toString(args));
            }
            options.put(args[i], args[i + 1]);
        }
        return options;
    }
}
