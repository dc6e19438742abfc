package dev.visionbook.cli;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** The kernels' log, {@code kernel.log} in the logs folder: appended to by every kernel, rotated when large. */
final class KernelLog {

    private static final long ROTATE_BYTES = 8L * 1024 * 1024;

    private KernelLog() {
    }

    /** The log, opened for appending; {@code fallback} (the terminal) when it cannot be written. */
    static PrintStream open(Path folder, PrintStream fallback) {
        Path log = folder.resolve("kernel.log");
        try {
            Files.createDirectories(folder);
            if (Files.isRegularFile(log) && Files.size(log) > ROTATE_BYTES) {
                Files.move(log, folder.resolve("kernel.log.1"), StandardCopyOption.REPLACE_EXISTING);
            }
            return new PrintStream(new FileOutputStream(log.toFile(), true), true, StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            fallback.println("visionbook kernel: cannot write " + log + " (" + e.getMessage() + "); logging here");
            return fallback;
        }
    }
}
