package dev.visionbook.cli;

import dev.visionbook.api.SharedServer;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;

/**
 * {@code visionbook server status|start|stop}: the local server shared by this user's kernels
 * (see {@link SharedServer}); {@code run} is the server's own process, which the first use of
 * {@code genai} starts.
 */
@Command(name = "server", mixinStandardHelpOptions = true,
        description = "See, start or stop the local server this user's notebooks share (in VISIONBOOK_HOME, default ~/.visionbook).",
        subcommands = {ServerCommand.Status.class, ServerCommand.Start.class, ServerCommand.Stop.class, ServerCommand.Run.class})
final class ServerCommand {

    /** The environment, with {@code --home} in place of {@code VISIONBOOK_HOME} when given. */
    static Map<String, String> environment(Path home) {
        Map<String, String> environment = new HashMap<>(System.getenv());
        if (home != null) {
            environment.put("VISIONBOOK_HOME", home.toString());
        }
        return environment;
    }

    @Command(name = "status", mixinStandardHelpOptions = true, description = "Say whether it runs: pid, address, memory, log.")
    static final class Status implements Callable<Integer> {
        @Option(names = "--home", paramLabel = "DIR", description = "The visionbook home (default: VISIONBOOK_HOME or ~/.visionbook).")
        Path home;

        @Override
        public Integer call() {
            Optional<SharedServer.Status> status = SharedServer.status(environment(home));
            System.out.println(status.map(SharedServer.Status::toString)
                    .orElse("visionbook server: not running (the first use of genai starts it)"));
            return status.isPresent() ? 0 : 3;
        }
    }

    @Command(name = "start", mixinStandardHelpOptions = true, description = "Start it now (or find it running).")
    static final class Start implements Callable<Integer> {
        @Option(names = "--home", paramLabel = "DIR", description = "The visionbook home (default: VISIONBOOK_HOME or ~/.visionbook).")
        Path home;

        @Override
        public Integer call() {
            System.out.println(SharedServer.start(environment(home)));
            return 0;
        }
    }

    @Command(name = "stop", mixinStandardHelpOptions = true, description = "Stop it; the next use of genai starts it again.")
    static final class Stop implements Callable<Integer> {
        @Option(names = "--home", paramLabel = "DIR", description = "The visionbook home (default: VISIONBOOK_HOME or ~/.visionbook).")
        Path home;

        @Override
        public Integer call() {
            Optional<SharedServer.Status> stopped = SharedServer.stop(environment(home));
            System.out.println(stopped.map(status -> "visionbook server: stopped pid " + status.pid())
                    .orElse("visionbook server: not running"));
            return 0;
        }
    }

    @Command(name = "run", hidden = true, description = "The shared server's own process (the first use of genai starts it).")
    static final class Run implements Callable<Integer> {
        @Option(names = "--home", required = true, paramLabel = "DIR")
        Path home;

        @Option(names = "--port", defaultValue = "0", description = "The port to try first, 0 for any.")
        int port;

        @Option(names = "--idle-timeout", defaultValue = "30m", converter = IdleConverter.class)
        Duration idleTimeout;

        @Option(names = "--launch", defaultValue = "", description = "The launcher's token, written into the state file.")
        String launch;

        @Option(names = "--warm-models", description = "Load the engine's models at once.")
        boolean warmModels;

        @Override
        public Integer call() throws Exception {
            SharedServer.serve(home, port, idleTimeout, launch, warmModels);
            return 0;
        }
    }

    static final class IdleConverter implements ITypeConverter<Duration> {
        @Override
        public Duration convert(String value) {
            return SharedServer.parseIdleTimeout(value);
        }
    }
}
