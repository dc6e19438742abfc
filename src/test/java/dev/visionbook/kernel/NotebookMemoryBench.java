package dev.visionbook.kernel;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.visionbook.api.SharedServer;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The memory of every visionbook process (the kernels and the local server they share) with one
 * tutorial notebook open, and with two: each kernel runs all the notebook's code cells in the
 * notebook's folder, as a user would, and the resident (RSS) and proportional (PSS: shared pages
 * counted once) memory is read from /proc. Part of {@link KernelBench}, not a unit test. Targets:
 * one notebook 700 MB in all, a second one adds 300 MB at most.
 */
final class NotebookMemoryBench {

    private static final long MB = 1024 * 1024;
    private static final Duration CELL_TIMEOUT = Duration.ofMinutes(5);

    private NotebookMemoryBench() {
    }

    static void run(BenchKernel visionbook, Path notebook, Path work, Path home) throws Exception {
        BenchKernel inFolder = new BenchKernel(visionbook.name(), visionbook.argv(), visionbook.environment(),
                notebook.getParent());
        List<String> cells = codeCells(notebook);
        Map<String, String> environment = Map.of("VISIONBOOK_HOME", home.toString());
        SharedServer.stop(environment);
        System.out.println();
        System.out.println("memory with " + notebook.getFileName() + " (" + cells.size() + " code cells) open, from a cold local server:");
        try (BenchKernel.Running first = inFolder.start(work, "notebook1")) {
            runCells(first, cells, "first notebook");
            long server = SharedServer.status(environment).orElseThrow().pid();
            BenchKernel.Memory kernel1 = BenchKernel.Memory.of(first.process.pid());
            BenchKernel.Memory shared = BenchKernel.Memory.of(server);
            BenchKernel.Memory one = kernel1.plus(shared);
            try (BenchKernel.Running second = inFolder.start(work, "notebook2")) {
                runCells(second, cells, "second notebook");
                BenchKernel.Memory kernel2 = BenchKernel.Memory.of(second.process.pid());
                BenchKernel.Memory sharedNow = BenchKernel.Memory.of(server);
                BenchKernel.Memory two = BenchKernel.Memory.of(first.process.pid()).plus(kernel2).plus(sharedNow);
                System.out.printf(Locale.ROOT, "%-44s %10s %10s %10s%n", "", "RSS MB", "PSS MB", "peak RSS");
                print("kernel of the first notebook", kernel1);
                print("shared local server (after one notebook)", shared);
                print("one notebook, all visionbook processes", one);
                print("kernel of the second notebook", kernel2);
                print("shared local server (after two)", sharedNow);
                print("two notebooks, all visionbook processes", two);
                System.out.printf(Locale.ROOT, "one notebook: %d MB RSS (target <= 700 MB: %s); the second adds %d MB RSS"
                                + " (target <= 300 MB: %s)%n", one.rss() / MB, one.rss() <= 700 * MB ? "met" : "NOT met",
                        (two.rss() - one.rss()) / MB, two.rss() - one.rss() <= 300 * MB ? "met" : "NOT met");
            }
        } finally {
            SharedServer.stop(environment);
        }
    }

    private static void print(String what, BenchKernel.Memory memory) {
        System.out.printf(Locale.ROOT, "%-44s %10d %10d %10d%n", what, memory.rss() / MB, memory.pss() / MB, memory.peak() / MB);
    }

    private static void runCells(BenchKernel.Running kernel, List<String> cells, String which) {
        kernel.client.awaitShellReply(kernel.client.send(kernel.client.shell(), "kernel_info_request", JupyterTestClient.object()));
        long start = System.nanoTime();
        int failed = 0;
        for (String cell : cells) {
            String id = kernel.client.sendExecute(cell);
            JupyterTestClient.Execution execution = kernel.client.awaitIdle(id, kernel.client.awaitShellReply(id, CELL_TIMEOUT));
            if (!"ok".equals(execution.status())) {
                failed++;
                System.out.println("  a cell failed: " + cell.lines().findFirst().orElse("") + " -> " + execution.traceback());
            }
        }
        System.out.printf(Locale.ROOT, "  %s: %d cells in %.1f s, %d failed%n", which, cells.size(),
                KernelBench.millisSince(start) / 1000, failed);
    }

    private static List<String> codeCells(Path notebook) throws IOException {
        List<String> cells = new ArrayList<>();
        for (JsonNode cell : new ObjectMapper().readTree(notebook.toFile()).path("cells")) {
            if ("code".equals(cell.path("cell_type").asText())) {
                StringBuilder source = new StringBuilder();
                JsonNode lines = cell.path("source");
                if (lines.isArray()) {
                    lines.forEach(line -> source.append(line.asText()));
                } else {
                    source.append(lines.asText());
                }
                cells.add(source.toString());
            }
        }
        return cells;
    }
}
