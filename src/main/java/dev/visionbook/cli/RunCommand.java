package dev.visionbook.cli;

import dev.visionbook.kernel.runner.CellRun;
import dev.visionbook.kernel.runner.NotebookRunner;
import dev.visionbook.kernel.runner.RunResult;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code visionbook run NOTEBOOK…}: executes notebooks headless with the kernel's own JShell and
 * preload, and writes each executed notebook and an HTML page of it.
 *
 * <p>A kernel runs in its notebook's folder, so cells may say {@code Path.of("media/x.png")}. A JVM
 * cannot change its working directory, so a notebook in another folder runs in a JVM started in
 * that folder ({@link NotebookProcess}).
 */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Execute notebooks headless (no Jupyter needed) and write the executed notebook and an HTML page.")
final class RunCommand implements Callable<Integer> {

    private static final int SLOWEST_SHOWN = 3;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "NOTEBOOK", arity = "1..*", description = "The .ipynb files to run, in order.")
    List<Path> notebooks;

    @Option(names = "--out", paramLabel = "DIR",
            description = "Folder for the executed notebooks and HTML pages (default: executed/ beside each notebook).")
    Path out;

    @Option(names = "--allow-errors", description = "Record a failing cell's error and go on, instead of stopping the run.")
    boolean allowErrors;

    @Option(names = "--record", paramLabel = "FILE",
            description = "Record every exchange with the backend to this cassette (JSON lines; no key, no file bytes).")
    Path record;

    @Option(names = "--replay", paramLabel = "FILE",
            description = "Answer from this cassette alone, on a server of its own: no key, no network.")
    Path replay;

    @Option(names = "--replay-fallback", paramLabel = "local",
            description = "With --replay: the local engine answers what the cassette has no answer for, marked as such.")
    String replayFallback;

    @Override
    public Integer call() {
        // Logs (the detectors loading, say) go to the console this command started with, never into
        // a cell's output while the cell has System.err; set before the first logger is made.
        System.setProperty("org.slf4j.simpleLogger.cacheOutputStream", "true");
        PrintStream err = System.err;
        List<String> backendOptions = CassetteOptions.checked(spec, record, replay, replayFallback);
        for (Path notebook : notebooks) {
            if (!Files.isRegularFile(notebook)) {
                throw new ParameterException(spec.commandLine(), "No notebook at " + notebook + ": check the path.");
            }
        }
        int exitCode = 0;
        for (Path notebook : notebooks) {
            Path absolute = notebook.toAbsolutePath().normalize();
            Path outDir = (out != null ? out : absolute.getParent().resolve("executed")).toAbsolutePath().normalize();
            int code = absolute.getParent().equals(Path.of("").toAbsolutePath().normalize())
                    ? runHere(absolute, outDir, err)
                    : NotebookProcess.run(absolute, outDir, allowErrors, backendOptions);
            exitCode = Math.max(exitCode, code);
            if (code != 0) {
                break;
            }
        }
        return exitCode;
    }

    private int runHere(Path notebook, Path outDir, PrintStream err) {
        err.println("== " + notebook.getFileName() + " (headless, in " + notebook.getParent() + ")");
        CassetteOptions.apply(record, replay, replayFallback, notebook.getFileName().toString());
        RunResult result = new NotebookRunner(err).allowErrors(allowErrors).run(notebook, outDir);
        err.printf("%d code cells in %.1f s; slowest: %s%n", result.cells().size(), result.took().toMillis() / 1000.0,
                String.join(", ", result.slowest(SLOWEST_SHOWN).stream()
                        .map(cell -> String.format("%s %.1f s", cell.name(), cell.took().toMillis() / 1000.0)).toList()));
        System.out.println("Executed notebook: " + NotebookRunner.executedNotebook(notebook, outDir));
        System.out.println("HTML page: " + NotebookRunner.page(notebook, outDir));
        List<CellRun> failures = result.cells().stream().filter(CellRun::failed).toList();
        if (result.stopped()) {
            CellRun failed = failures.get(0);
            err.println("visionbook: " + notebook.getFileName() + " stopped at " + failed.name() + ": "
                    + failed.error().ename() + ": " + failed.error().evalue());
            return 1;
        }
        if (!failures.isEmpty()) {
            err.println(failures.size() + " cell" + (failures.size() == 1 ? "" : "s") + " failed (allowed by --allow-errors): "
                    + String.join(", ", failures.stream().map(CellRun::name).toList()));
        }
        return 0;
    }
}
