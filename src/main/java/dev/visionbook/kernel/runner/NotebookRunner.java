package dev.visionbook.kernel.runner;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.visionbook.kernel.CellOutcome;
import dev.visionbook.kernel.HeadlessSession;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs a notebook's code cells in order with the kernel's own JShell session (in this JVM, no
 * Jupyter needed) and writes the executed notebook and its HTML page beside each other.
 *
 * <pre>{@code
 * RunResult result = new NotebookRunner(System.err).allowErrors(false)
 *         .run(Path.of("vision-tutorial.ipynb"), Path.of("out"));
 * }</pre>
 *
 * <p>Relative paths in cells resolve against this JVM's working directory, as a kernel's resolve
 * against the notebook's folder: run from the notebook's folder (the {@code run} command does).
 * A failing cell stops the run unless errors are allowed; what ran is written either way.
 */
public final class NotebookRunner {

    private final ObjectMapper json = new ObjectMapper();
    private final PrintStream log;
    private boolean allowErrors;

    /** {@code log} gets a line per cell as it finishes (captured now, so cells printing elsewhere do not move it). */
    public NotebookRunner(PrintStream log) {
        this.log = log;
    }

    /** Whether a failing cell is recorded and the run goes on, as {@code --allow-errors} asks. */
    public NotebookRunner allowErrors(boolean allow) {
        this.allowErrors = allow;
        return this;
    }

    /** Runs {@code notebook} and writes {@code <name>.ipynb} and {@code <name>.html} into {@code outDir}. */
    public RunResult run(Path notebook, Path outDir) {
        ObjectNode document = NotebookFiles.read(json, notebook);
        String name = baseName(notebook);
        Path executed = executedNotebook(notebook, outDir);
        if (executed.toAbsolutePath().normalize().equals(notebook.toAbsolutePath().normalize())) {
            throw new NotebookException("The executed copy would overwrite " + notebook + ": choose another --out folder.");
        }
        RunResult result = execute(document);
        NotebookFiles.writeWhole(executed, NotebookFiles.format(json, result.notebook()));
        NotebookFiles.writeWhole(page(notebook, outDir), HtmlPage.render(result.notebook(), title(result.notebook(), name)));
        return result;
    }

    /** Where {@link #run} writes the executed copy of {@code notebook}: {@code <outDir>/<name>.ipynb}. */
    public static Path executedNotebook(Path notebook, Path outDir) {
        return outDir.resolve(baseName(notebook) + ".ipynb");
    }

    /** Where {@link #run} writes the HTML page of {@code notebook}: {@code <outDir>/<name>.html}. */
    public static Path page(Path notebook, Path outDir) {
        return outDir.resolve(baseName(notebook) + ".html");
    }

    /** Runs the cells of {@code document} (a copy is executed; the argument is left as it was). */
    RunResult execute(ObjectNode document) {
        ObjectNode notebook = document.deepCopy();
        CellIds.addMissing(notebook);
        Instant start = Instant.now();
        List<CellRun> runs = new ArrayList<>();
        boolean stopped = false;
        try (HeadlessSession session = HeadlessSession.start()) {
            int cellNumber = 0;
            for (JsonNode node : notebook.get("cells")) {
                cellNumber++;
                if (!"code".equals(node.path("cell_type").asText()) || !(node instanceof ObjectNode cell)) {
                    continue;
                }
                if (stopped) {
                    clear(cell);
                    continue;
                }
                CellRun run = runCell(session, cell, cellNumber);
                if (run != null) {
                    runs.add(run);
                    log.printf("%s %-6s %s%n", run.failed() ? "FAILED" : "ok    ", seconds(run.took()), run.name() + " " + run.firstLine());
                    stopped = run.failed() && !allowErrors;
                }
            }
        }
        return new RunResult(notebook, runs, Duration.between(start, Instant.now()), stopped);
    }

    private CellRun runCell(HeadlessSession session, ObjectNode cell, int cellNumber) {
        String source = NotebookText.join(cell.get("source"));
        if (source.isBlank()) {
            clear(cell);
            return null;
        }
        OutputRecorder recorder = new OutputRecorder(json);
        Instant began = Instant.now();
        CellOutcome outcome = session.run(source, recorder);
        Instant ended = Instant.now();
        if (outcome.result() != null) {
            recorder.result(outcome.executionCount(), outcome.result());
        }
        if (outcome.failed()) {
            recorder.error(outcome.error());
        }
        cell.put("execution_count", outcome.executionCount());
        cell.set("outputs", recorder.outputs());
        ObjectNode execution = cell.withObjectProperty("metadata").putObject("execution");
        execution.put("iopub.execute_input", began.toString());
        execution.put("shell.execute_reply", ended.toString());
        return new CellRun(cellNumber, outcome.executionCount(), firstLine(source), Duration.between(began, ended), outcome.error());
    }

    private void clear(ObjectNode cell) {
        cell.putNull("execution_count");
        cell.putArray("outputs");
    }

    private static String firstLine(String source) {
        String line = source.strip().lines().findFirst().orElse("");
        return line.length() > 60 ? line.substring(0, 57) + "..." : line;
    }

    private static String seconds(Duration took) {
        return String.format("%.1fs", took.toMillis() / 1000.0);
    }

    private static String baseName(Path notebook) {
        String file = notebook.getFileName().toString();
        return file.endsWith(".ipynb") ? file.substring(0, file.length() - ".ipynb".length()) : file;
    }

    /** The notebook's first Markdown heading, else its file name. */
    private static String title(JsonNode notebook, String fallback) {
        for (JsonNode cell : notebook.path("cells")) {
            if ("markdown".equals(cell.path("cell_type").asText())) {
                for (String line : NotebookText.join(cell.get("source")).split("\n")) {
                    if (line.startsWith("#")) {
                        return line.replaceFirst("^#+\\s*", "").strip();
                    }
                }
            }
        }
        return fallback;
    }
}
