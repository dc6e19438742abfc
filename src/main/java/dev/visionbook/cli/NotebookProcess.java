package dev.visionbook.cli;

import java.io.File;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Runs one notebook with {@code visionbook run} in a JVM of its own, started in the notebook's
 * folder, with this JVM's class path and memory settings; its output goes to this one's.
 */
final class NotebookProcess {

    private NotebookProcess() {
    }

    /** @param options more options for {@code run}, such as {@code --replay FILE} (with absolute paths) */
    static int run(Path notebook, Path outDir, boolean allowErrors, List<String> options) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        // Memory and system properties carry over; agents and debug ports do not (a second JVM would clash on them).
        ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .filter(argument -> argument.startsWith("-Xm") || argument.startsWith("-D") || argument.startsWith("-XX:Max"))
                .forEach(command::add);
        command.addAll(List.of("-cp", absoluteClassPath(), Main.class.getName(), "run", "--out", outDir.toString()));
        if (allowErrors) {
            command.add("--allow-errors");
        }
        command.addAll(options);
        command.add(notebook.getFileName().toString());
        ProcessBuilder builder = new ProcessBuilder(command).directory(notebook.getParent().toFile()).inheritIO();
        try {
            return builder.start().waitFor();
        } catch (IOException e) {
            throw new IllegalStateException("Cannot start a JVM to run " + notebook + " in its folder: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while " + notebook + " ran", e);
        }
    }

    /** {@code java -jar target/visionbook.jar} has a relative class path, which a JVM in another folder would miss. */
    private static String absoluteClassPath() {
        return Arrays.stream(System.getProperty("java.class.path", "").split(File.pathSeparator))
                .filter(entry -> !entry.isBlank())
                .map(entry -> Path.of(entry).toAbsolutePath().toString())
                .collect(Collectors.joining(File.pathSeparator));
    }
}
