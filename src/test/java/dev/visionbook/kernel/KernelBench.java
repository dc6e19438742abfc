package dev.visionbook.kernel;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Kernel latency benchmark, not a unit test (run it through {@code scripts/bench-kernel}), side by
 * side with Debian's IPython kernel ({@code python3-ipykernel}) driven by the same client.
 *
 * <p>Each run starts each kernel as Jupyter does and times, from the process start, the {@code
 * kernel_info_reply} and the first result of {@code 1 + 1}; then many {@code 1 + 1} round trips,
 * from {@code execute_request} sent to {@code execute_reply} received. The kernels take turns,
 * run by run, so both see the same machine. Prints medians and the ratios against the targets:
 * first result no later than IPython's, {@code 1 + 1} within 2× IPython's. Then the memory of one
 * and two tutorial notebooks ({@link NotebookMemoryBench}).
 *
 * <pre>
 * KernelBench --jar target/visionbook.jar [--runs N (default 7)] [--cells N (default 30)]
 *             [--python /usr/bin/python3] [--notebook notebooks/vision-tutorial.ipynb | --notebook none]
 *             [--jvm-options "OPTIONS" (default: the kernelspec's)] [--archive none]
 * </pre>
 */
public final class KernelBench {

    private KernelBench() {
    }

    /** What one kernel measured over all runs. */
    private record Figures(List<Double> ready, List<Double> first, List<Double> roundTrip) {
        Figures() {
            this(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        }
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = options(args);
        Path jar = Path.of(options.getOrDefault("--jar", "target/visionbook.jar")).toAbsolutePath();
        int runs = Integer.parseInt(options.getOrDefault("--runs", "7"));
        int cells = Integer.parseInt(options.getOrDefault("--cells", "30"));
        String python = options.getOrDefault("--python", "/usr/bin/python3");
        Path work = Files.createTempDirectory("kernel-bench");
        Path home = work.resolve("home");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> visionbookArgv = new ArrayList<>(List.of(java));
        List<String> jvmOptions = options.containsKey("--jvm-options")
                ? List.of(options.get("--jvm-options").strip().split("\\s+")) : KernelSpec.JVM_OPTIONS;
        visionbookArgv.addAll(jvmOptions);
        if (!"none".equals(options.get("--archive"))) {
            // As a user's kernels run from their second start on: the first kernel of a new build makes it when idle.
            Path archive = work.resolve("cds").resolve("kernel.jsa");
            long start = System.nanoTime();
            KernelArchive.of(archive, jar, jvmOptions).refresh();
            System.out.printf(Locale.ROOT, "kernel class-data archive made in %.1f s (once per build)%n", millisSince(start) / 1000);
            visionbookArgv.addAll(KernelArchive.jvmOptions(archive));
        }
        visionbookArgv.addAll(List.of("-jar", jar.toString(), "kernel", "{connection_file}"));
        Map<String, BenchKernel> kernels = new LinkedHashMap<>();
        kernels.put("visionbook", new BenchKernel("visionbook", visionbookArgv,
                Map.of("VISIONBOOK_HOME", home.toString()), work));
        boolean ipython = new ProcessBuilder(python, "-c", "import ipykernel").start().waitFor() == 0;
        if (ipython) {
            kernels.put("IPython", new BenchKernel("IPython", List.of(python, "-m", "ipykernel_launcher", "-f",
                    "{connection_file}"), Map.of(), work));
        } else {
            System.out.println("(no IPython kernel under " + python + ": apt-get install python3-ipykernel to compare)");
        }
        Map<String, Figures> figures = new LinkedHashMap<>();
        kernels.keySet().forEach(name -> figures.put(name, new Figures()));
        for (int run = 1; run <= runs; run++) {
            StringBuilder line = new StringBuilder("run " + run + ":");
            for (BenchKernel kernel : kernels.values()) {
                Figures measured = figures.get(kernel.name());
                try (BenchKernel.Running running = kernel.start(work, "run" + run)) {
                    running.client.awaitShellReply(running.client.send(running.client.shell(), "kernel_info_request",
                            JupyterTestClient.object()));
                    measured.ready().add(millisSince(running.startNanos));
                    onePlusOne(running.client);
                    measured.first().add(millisSince(running.startNanos));
                    for (int cell = 0; cell < cells; cell++) {
                        long start = System.nanoTime();
                        onePlusOne(running.client);
                        measured.roundTrip().add(millisSince(start));
                    }
                }
                line.append(String.format(Locale.ROOT, "  %s ready %.0f ms, first result %.0f ms;", kernel.name(),
                        last(measured.ready()), last(measured.first())));
            }
            System.out.println(line);
        }
        printTable(figures, runs, cells);
        String notebook = options.getOrDefault("--notebook", "notebooks/vision-tutorial.ipynb");
        if (!notebook.equals("none")) {
            NotebookMemoryBench.run(kernels.get("visionbook"), Path.of(notebook).toAbsolutePath(), work, home);
        }
        try (var files = Files.walk(work)) {
            files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
        }
    }

    private static void printTable(Map<String, Figures> figures, int runs, int cells) {
        Figures ours = figures.get("visionbook");
        Figures reference = figures.get("IPython");
        System.out.println();
        System.out.printf(Locale.ROOT, "%-44s %12s %12s %8s  %s%n", "median (" + runs + " runs, " + cells + " cells each)",
                "visionbook", "IPython", "ratio", "target");
        row("start -> kernel_info_reply (ms)", ours.ready(), reference == null ? null : reference.ready(), "");
        row("start -> first result of 1 + 1 (ms)", ours.first(), reference == null ? null : reference.first(), "<= 1.0x");
        row("1 + 1 round trip (ms)", ours.roundTrip(), reference == null ? null : reference.roundTrip(), "<= 2.0x");
        System.out.printf(Locale.ROOT, "(1 + 1 round trip p90: visionbook %.1f ms%s; %d cores)%n", percentile(ours.roundTrip(), 0.9),
                reference == null ? "" : String.format(Locale.ROOT, ", IPython %.1f ms", percentile(reference.roundTrip(), 0.9)),
                Runtime.getRuntime().availableProcessors());
    }

    private static void row(String figure, List<Double> ours, List<Double> reference, String target) {
        double mine = median(ours);
        if (reference == null) {
            System.out.printf(Locale.ROOT, "%-44s %12.1f %12s %8s  %s%n", figure, mine, "-", "-", target);
            return;
        }
        double theirs = median(reference);
        System.out.printf(Locale.ROOT, "%-44s %12.1f %12.1f %7.2fx  %s%n", figure, mine, theirs, mine / theirs, target);
    }

    /** Runs {@code 1 + 1} to its idle status and checks it gave 2. */
    static void onePlusOne(JupyterTestClient client) {
        String id = client.sendExecute("1 + 1");
        JupyterTestClient.Execution execution = client.awaitIdle(id, client.awaitShellReply(id));
        if (execution.result() == null || !"2".equals(execution.result().path("text/plain").asText())) {
            throw new AssertionError("1 + 1 gave " + execution.outputs());
        }
    }

    static double millisSince(long start) {
        return (System.nanoTime() - start) / 1e6;
    }

    private static double last(List<Double> values) {
        return values.get(values.size() - 1);
    }

    static double median(List<Double> values) {
        return percentile(values, 0.5);
    }

    private static double percentile(List<Double> values, double fraction) {
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return sorted[(int) Math.min(sorted.length - 1, Math.floor(fraction * sorted.length))];
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
