package dev.visionbook.api;

import java.io.IOException;
import java.io.PrintStream;
import java.net.HttpURLConnection;
import java.net.URL;
import java.nio.file.Files;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The local server of this user, shared by every kernel, jshell and {@code run}: found through its
 * state file, or started as a process of its own ({@link ServerLauncher}) when none answers. A
 * state file of another build, or whose process is gone or does not answer, gives a fresh server
 * (the old one stopped first, when it is still ours). Before each call the servers this JVM uses
 * are checked; one that stopped (idle, or a crash in native code) is started again, on the same
 * port if it can, with one line saying so. Thread-safe: the lock of {@link ServerLock}.
 */
final class EmbeddedServer {

    /** A server to call, and how to tell whether it is still the one running. */
    record Running(String baseUrl, String apiKey, ServerHome home, long pid, Duration idleTimeout) {
    }

    private static final Duration HEALTH_TIMEOUT = Duration.ofSeconds(5);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(20);
    private static final Map<ServerHome, Running> IN_USE = new ConcurrentHashMap<>();
    /** Addresses of servers that were started again on another port: clients made for them must be made again. */
    private static final Map<String, String> MOVED = new ConcurrentHashMap<>();

    private EmbeddedServer() {
    }

    /** The running server of {@code home}, started if there is none. */
    static Running in(ServerHome home, Duration idleTimeout) {
        return in(home, idleTimeout, false);
    }

    /** Like {@link #in(ServerHome, Duration)}; a server started here loads its models at once when told to. */
    static Running in(ServerHome home, Duration idleTimeout, boolean warmModels) {
        try {
            Running running = ServerLock.holding(home.lockFile(), () -> findOrStart(home, idleTimeout, warmModels));
            IN_USE.put(home, running);
            return running;
        } catch (IOException e) {
            throw new VisionbookException("The local Gemini API server could not start in " + home.folder() + ": "
                    + e.getMessage() + ". Set VISIONBOOK_HOME to a writable folder, or see " + home.serverLog() + ".", e);
        }
    }

    /** The server of {@code home} this JVM uses now, if it uses one. */
    static Optional<Running> inUse(ServerHome home) {
        return Optional.ofNullable(IN_USE.get(home));
    }

    /**
     * Starts again, before a call, any server this JVM uses whose process has ended, and prints one
     * line to {@code out} saying what happened; the data and the key stay, so files live on.
     */
    static void ensureRunning(PrintStream out) {
        for (Running running : IN_USE.values()) {
            // Alive and still named by the state file: serving. A server that removed its state
            // file is stopping (idle, or told to); starting again waits for it under the lock.
            if (ProcessHandle.of(running.pid()).map(ProcessHandle::isAlive).orElse(false)
                    && ServerState.read(running.home().stateFile()).filter(state -> state.pid() == running.pid()).isPresent()) {
                continue;
            }
            if (!Files.isDirectory(running.home().folder())) {
                // Its home was deleted (a test's temporary one, say): nothing to start again.
                IN_USE.remove(running.home(), running);
                continue;
            }
            synchronized (running) {
                Running current = IN_USE.get(running.home());
                if (current != running) {
                    continue;
                }
                boolean crashed = ServerState.read(running.home().stateFile())
                        .filter(state -> state.pid() == running.pid()).isPresent();
                Running fresh = in(running.home(), running.idleTimeout());
                if (!fresh.baseUrl().equals(running.baseUrl())) {
                    MOVED.put(running.baseUrl(), fresh.baseUrl());
                }
                out.println("visionbook: the local server (pid " + running.pid() + ") "
                        + (crashed ? "ended unexpectedly (see " + running.home().serverLog() + ")" : "had stopped")
                        + "; now using pid " + fresh.pid() + " at " + fresh.baseUrl()
                        + (fresh.baseUrl().equals(running.baseUrl()) ? "; files are kept."
                                : ", a new address: make models again with genai.model(…)."));
            }
        }
    }

    /** Forgets the server of {@code home}: stopped on purpose, it starts again only when used again. */
    static void forget(ServerHome home) {
        IN_USE.remove(home);
    }

    /** True when the server once at {@code baseUrl} now runs at another address. */
    static boolean moved(String baseUrl) {
        return MOVED.containsKey(baseUrl);
    }

    private static Running findOrStart(ServerHome home, Duration idleTimeout, boolean warmModels) throws IOException {
        int preferredPort = 0;
        Optional<ServerState> found = ServerState.read(home.stateFile());
        if (found.isPresent()) {
            ServerState state = found.get();
            preferredPort = state.port();
            Optional<ProcessHandle> process = ProcessHandle.of(state.pid()).filter(ProcessHandle::isAlive);
            if (process.isPresent() && state.version().equals(BuildVersion.current()) && answers(state)) {
                return running(state, home, idleTimeout);
            }
            if (process.isPresent() && ServerLauncher.isServerOf(process.get(), home)) {
                stop(process.get());
            }
        }
        return running(ServerLauncher.launch(home, preferredPort, idleTimeout, warmModels), home, idleTimeout);
    }

    private static Running running(ServerState state, ServerHome home, Duration idleTimeout) {
        return new Running(state.baseUrl(), state.key(), home, state.pid(), idleTimeout);
    }

    /** The server answers an authenticated request: it is up, and the key is its own. */
    static boolean answers(ServerState state) {
        try {
            HttpURLConnection connection = (HttpURLConnection) new URL(state.baseUrl() + "/v1beta/models").openConnection();
            connection.setConnectTimeout((int) HEALTH_TIMEOUT.toMillis());
            connection.setReadTimeout((int) HEALTH_TIMEOUT.toMillis());
            connection.setRequestProperty("x-goog-api-key", state.key());
            try {
                int code = connection.getResponseCode();
                connection.getInputStream().readAllBytes();
                return code == 200;
            } finally {
                connection.disconnect();
            }
        } catch (IOException e) {
            return false;
        }
    }

    /** Asks the server to stop (it removes its state file), and makes sure it has. */
    static void stop(ProcessHandle process) throws IOException {
        process.destroy();
        try {
            process.onExit().get(STOP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            process.destroyForcibly();
            try {
                process.onExit().get(STOP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            } catch (TimeoutException | java.util.concurrent.ExecutionException again) {
                throw new IOException("the server (pid " + process.pid() + ") does not stop");
            } catch (InterruptedException again) {
                Thread.currentThread().interrupt();
            }
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IOException("could not wait for the server (pid " + process.pid() + ") to stop", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
