package dev.visionbook.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point of {@code visionbook.jar}. */
@Command(name = "visionbook", mixinStandardHelpOptions = true, versionProvider = VersionCommand.Provider.class,
        description = "Multimodal prompting from Java: the local Gemini API server and tools.",
        subcommands = {RunCommand.class, ServeCommand.class, ServerCommand.class, KernelCommand.class, InstallCommand.class, VersionCommand.class, CommandLine.HelpCommand.class})
public final class Main {

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs a command line and returns its exit code, without exiting (for tests). */
    public static int run(String... args) {
        CommandLine commandLine = new CommandLine(new Main());
        // A user's mistake gets the message and the usage, never a stack trace.
        commandLine.setExecutionExceptionHandler((e, cmd, parsed) -> {
            cmd.getErr().println("visionbook: " + e.getMessage());
            return 1;
        });
        return commandLine.execute(args);
    }
}
