package dev.visionbook.api;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * The local Gemini API server that every kernel, jshell and {@code run} of a user share, one per
 * visionbook home: started by the first use of {@code genai}, found again through the state file
 * in the home, stopped after a while idle ({@code VISIONBOOK_SERVER_IDLE}, 30 minutes by default).
 * This class shows it and stops it; {@code visionbook server status|stop} call it.
 *
 * <pre>{@code
 * SharedServer.status(Map.of()).ifPresent(System.out::println);   // pid, address, memory, log
 * SharedServer.stop(Map.of());                                    // the next genai use starts it again
 * }</pre>
 */
public final class SharedServer {

    /**
     * A running shared server.
     *
     * @param pid its process
     * @param baseUrl where it listens
     * @param version the build it runs
     * @param started when it started
     * @param residentBytes its resident memory, or -1 when the system does not say
     * @param log its log file
     * @param dataDir where its files are
     */
    public record Status(long pid, String baseUrl, String version, Instant started, long residentBytes, Path log,
                         Path dataDir) {

        @Override
        public String toString() {
            Duration up = Duration.between(started, Instant.now());
            return "visionbook server: running, pid " + pid + ", " + baseUrl + ", up " + up.toMinutes() + " min"
                    + (residentBytes >= 0 ? ", " + residentBytes / (1024 * 1024) + " MB resident" : "")
                    + "\n  " + version + "\n  data in " + dataDir + "\n  log in " + log;
        }
    }

    private SharedServer() {
    }

    /** The server of the home the environment names ({@code VISIONBOOK_HOME}), when one runs. */
    public static Optional<Status> status(Map<String, String> environment) {
        ServerHome home = ServerHome.of(environment);
        return ServerState.read(home.stateFile())
                .filter(state -> ProcessHandle.of(state.pid()).map(ProcessHandle::isAlive).orElse(false))
                .map(state -> new Status(state.pid(), state.baseUrl(), state.version(), state.started(),
                        residentBytes(state.pid()), home.serverLog(), home.dataDir()));
    }

    /**
     * Starts the server of the home the environment names, or finds it running.
     *
     * @return its status
     */
    public static Status start(Map<String, String> environment) {
        EmbeddedServer.in(ServerHome.of(environment), IdleTimeout.of(environment));
        return status(environment).orElseThrow(() -> new VisionbookException(
                "The local server started and stopped at once; see " + ServerHome.of(environment).serverLog() + "."));
    }

    /**
     * Starts the server ahead of its first use, loading its models, in the background; does nothing
     * when the environment chooses another backend ({@code GEMINI_API_KEY}, {@code VISIONBOOK_BASE_URL}).
     * What goes wrong is left for the first real use to say.
     */
    public static void startAhead(Map<String, String> environment) {
        if (!BackendChoice.choosesLocal(environment)) {
            return;
        }
        Thread starter = new Thread(() -> {
            try {
                EmbeddedServer.in(ServerHome.of(environment), IdleTimeout.of(environment), true);
            } catch (RuntimeException e) {
                // the first use of genai tries again and says why
            }
        }, "visionbook-server-ahead");
        starter.setDaemon(true);
        starter.setPriority(Thread.MIN_PRIORITY);
        starter.start();
    }

    /**
     * Stops the server of the home the environment names, if one runs.
     *
     * @return the status of the server it stopped
     */
    public static Optional<Status> stop(Map<String, String> environment) {
        ServerHome home = ServerHome.of(environment);
        try {
            return ServerLock.holding(home.lockFile(), () -> {
                Optional<Status> running = status(environment);
                Optional<ServerState> state = ServerState.read(home.stateFile());
                if (running.isPresent()) {
                    ProcessHandle process = ProcessHandle.of(running.get().pid()).orElseThrow();
                    if (!ServerLauncher.isServerOf(process, home)) {
                        throw new IOException("pid " + process.pid() + " is not a visionbook server of " + home.folder());
                    }
                    EmbeddedServer.stop(process);
                }
                EmbeddedServer.forget(home);
                if (state.isPresent()) {
                    ServerState.deleteIfLaunch(home.stateFile(), state.get().launch());
                }
                return running;
            });
        } catch (IOException e) {
            throw new VisionbookException("Could not stop the local server of " + home.folder() + ": " + e.getMessage(), e);
        }
    }

    /**
     * Runs the shared server in this process until it has been idle for {@code idleTimeout} or is
     * told to stop: what {@code visionbook server run} does in the process the first use starts.
     *
     * @param home the visionbook home
     * @param preferredPort the port to try first (the last server's), 0 for any
     * @param launch the token the launcher waits to see in the state file
     * @param warmModels load the engine's models at once
     */
    public static void serve(Path home, int preferredPort, Duration idleTimeout, String launch, boolean warmModels)
            throws IOException {
        new ServerDaemon(new ServerHome(home), idleTimeout, launch).serve(preferredPort, warmModels);
    }

    /** Where visionbook's logs go: {@code logs/} in the visionbook home the environment names. */
    public static Path logFolder(Map<String, String> environment) {
        return ServerHome.of(environment).logs();
    }

    /** The shared server's idle time from {@code VISIONBOOK_SERVER_IDLE}, e.g. {@code 30m}. */
    public static Duration idleTimeout(Map<String, String> environment) {
        return IdleTimeout.of(environment);
    }

    /** Parses an idle time such as {@code 90s}, {@code 30m} or {@code PT2H}. */
    public static Duration parseIdleTimeout(String text) {
        return IdleTimeout.parse(text);
    }

    private static long residentBytes(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("\\D", "")) * 1024;
                }
            }
        } catch (IOException | RuntimeException e) {
            // not Linux: no figure
        }
        return -1;
    }
}
