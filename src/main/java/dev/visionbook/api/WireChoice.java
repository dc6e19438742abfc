package dev.visionbook.api;

import dev.visionbook.wire.FaultRules;
import dev.visionbook.wire.Wire;
import dev.visionbook.wire.WireServer;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The loopback server the environment asks to put between the SDK and the backend:
 * {@code VISIONBOOK_FAULTS=FILE} fails chosen requests as the service fails. Each server lives
 * until the JVM exits.
 */
final class WireChoice {

    static final String FAULTS = "VISIONBOOK_FAULTS";

    private WireChoice() {
    }

    /** The connection through a loopback server, or empty when no variable asks for one. */
    static Optional<BackendChoice.Connection> connect(Map<String, String> env, Duration timeout) {
        Optional<Path> faults = path(env, FAULTS);
        if (faults.isEmpty()) {
            return Optional.empty();
        }
        BackendChoice.Connection backend = BackendChoice.connect(without(env, List.of(FAULTS)), timeout);
        FaultRules rules = rules(faults.get());
        WireServer server = started(() -> Wire.faults(rules, backend.backend().baseUrl(), "127.0.0.1", 0));
        return Optional.of(new BackendChoice.Connection(
                BackendChoice.client(backend.client().apiKey(), server.baseUrl(), timeout),
                new Backend(backend.backend().kind(), server.baseUrl(), backend.backend().description()
                        + "; faults from " + faults.get() + " (" + rules.size() + " rule" + (rules.size() == 1 ? "" : "s")
                        + ", VISIONBOOK_FAULTS)")));
    }

    static FaultRules rules(Path file) {
        try {
            return FaultRules.read(file);
        } catch (IllegalArgumentException e) {
            throw new VisionbookException(e.getMessage() + " Fix " + FAULTS + "'s file, or unset it.", e);
        } catch (IOException e) {
            throw new VisionbookException("The faults file " + file + " could not be read: " + e.getMessage(), e);
        }
    }

    /** Starts a loopback server and stops it when the JVM exits. */
    static WireServer started(Starter starter) {
        try {
            WireServer server = starter.start();
            Runtime.getRuntime().addShutdownHook(new Thread(server::close, "visionbook-wire-stop"));
            return server;
        } catch (IOException e) {
            throw new VisionbookException("The loopback server could not start: " + e.getMessage(), e);
        }
    }

    /** Starts a loopback server. */
    interface Starter {
        WireServer start() throws IOException;
    }

    static Optional<Path> path(Map<String, String> env, String name) {
        String value = env.get(name);
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(Path.of(value.strip()));
    }

    static Map<String, String> without(Map<String, String> env, List<String> names) {
        Map<String, String> rest = new HashMap<>(env);
        names.forEach(rest::remove);
        return rest;
    }
}
