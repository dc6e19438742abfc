package dev.visionbook.cli;

import dev.visionbook.wire.FaultRules;
import java.io.IOException;
import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** {@code --faults FILE}: the rules read, or a usage error saying what is wrong in the file. */
final class FaultsOption {

    private FaultsOption() {
    }

    static FaultRules read(CommandSpec spec, Path file) {
        try {
            return FaultRules.read(file);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--faults: " + e.getMessage());
        } catch (IOException e) {
            throw new ParameterException(spec.commandLine(), "--faults: " + file + " could not be read: " + e.getMessage());
        }
    }
}
