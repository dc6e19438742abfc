package dev.visionbook.cli;

import dev.visionbook.api.SharedServer;
import dev.visionbook.kernel.Kernel;
import dev.visionbook.kernel.KernelArchive;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code visionbook kernel CONNECTION_FILE}: the Jupyter kernel; Jupyter runs this, as the kernelspec says. */
@Command(name = "kernel", mixinStandardHelpOptions = true,
        description = "Run the Jupyter kernel on a connection file (Jupyter starts this; see `install`).")
final class KernelCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "CONNECTION_FILE", arity = "0..1", description = "The connection file Jupyter writes for the kernel.")
    Path connectionFile;

    @Option(names = KernelArchive.TRAIN_FLAG, hidden = true,
            description = "Run what a kernel runs at its start, then exit (how its class-data archive is made).")
    boolean trainArchive;

    @Override
    public Integer call() {
        if (trainArchive) {
            KernelArchive.train();
            return 0;
        }
        if (connectionFile == null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "Missing the connection file: Jupyter passes it as the last argument.");
        }
        PrintStream terminal = System.err;
        // The terminal Jupyter runs in stays quiet: the kernel's logs, and anything else written to
        // its stderr, go to logs/kernel.log in the visionbook home (appended: kernels share it),
        // never into a cell's output while a cell has System.err; set before the first logger is made.
        System.setErr(KernelLog.open(SharedServer.logFolder(System.getenv()), terminal));
        System.setProperty("org.slf4j.simpleLogger.cacheOutputStream", "true");
        System.setProperty("org.slf4j.simpleLogger.showDateTime", "true");
        System.setProperty("org.slf4j.simpleLogger.showThreadName", "true");
        try (Kernel kernel = Kernel.start(connectionFile)) {
            closeWhenJupyterEnds(kernel);
            kernel.awaitShutdown();
        } catch (RuntimeException e) {
            terminal.println("visionbook kernel: " + e.getMessage());
            throw e;
        }
        return 0;
    }

    /** Jupyter names itself in JPY_PARENT_PID; a kernel whose Jupyter died would otherwise run on alone. */
    private static void closeWhenJupyterEnds(Kernel kernel) {
        String parent = System.getenv("JPY_PARENT_PID");
        if (parent == null || !parent.strip().matches("\\d+")) {
            return;
        }
        ProcessHandle.of(Long.parseLong(parent.strip())).ifPresent(jupyter -> jupyter.onExit().thenRun(kernel::close));
    }
}
