package dev.visionbook.cli;

import dev.visionbook.api.BackendMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/**
 * {@code run --record FILE}, {@code --replay FILE} and {@code --replay-fallback local}: checked once,
 * handed to a notebook's own JVM with absolute paths, and applied per notebook, so that one
 * cassette keeps each notebook's exchanges apart.
 */
final class CassetteOptions {

    private CassetteOptions() {
    }

    /** The options for a notebook's JVM, after checking them; a usage error says what is wrong. */
    static List<String> checked(CommandSpec spec, Path record, Path replay, String fallback) {
        if (record != null && replay != null) {
            throw new ParameterException(spec.commandLine(), "--record and --replay cannot go together: record a"
                    + " cassette once, then replay it.");
        }
        if (fallback != null && replay == null) {
            throw new ParameterException(spec.commandLine(), "--replay-fallback goes with --replay FILE.");
        }
        if (fallback != null && !fallback.equals("local")) {
            throw new ParameterException(spec.commandLine(), "--replay-fallback takes local (the local engine answers"
                    + " what the cassette lacks), not \"" + fallback + "\".");
        }
        if (replay != null && !Files.isRegularFile(replay)) {
            throw new ParameterException(spec.commandLine(), "No cassette at " + replay.toAbsolutePath()
                    + ": record one first with --record " + replay + ".");
        }
        List<String> options = new ArrayList<>();
        if (record != null) {
            options.addAll(List.of("--record", record.toAbsolutePath().toString()));
        }
        if (replay != null) {
            options.addAll(List.of("--replay", replay.toAbsolutePath().toString()));
        }
        if (fallback != null) {
            options.addAll(List.of("--replay-fallback", fallback));
        }
        return options;
    }

    /** Chooses the backend for the notebook about to run in this JVM. */
    static void apply(Path record, Path replay, String fallback, String notebook) {
        if (record == null && replay == null) {
            return;
        }
        if (record != null) {
            BackendMode.record(record);
        } else {
            BackendMode.replay(replay, "local".equals(fallback));
        }
        BackendMode.notebook(notebook);
    }
}
