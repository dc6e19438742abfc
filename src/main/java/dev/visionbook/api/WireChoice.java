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
 * {@code VISIONBOOK_REPLAY=FILE} answers from a cassette alone (its own server: no backend, no
 * key), {@code VISIONBOOK_RECORD=FILE} records every exchange with the backend the other
 * variables choose, {@code VISIONBOOK_FAULTS=FILE} fails chosen requests as the service fails.
 * Each server lives until the JVM exits.
 */
final class WireChoice {

    static final String FAULTS = "VISIONBOOK_FAULTS";
    /** The SDK sends no request without a key; a replay accepts any. */
    private static final String REPLAY_KEY = "replay";

    private WireChoice() {
    }

    /** The connection through a loopback server, or empty when no variable asks for one. */
    static Optional<BackendChoice.Connection> connect(Map<String, String> env, Duration timeout) {
        Optional<Path> replay = path(env, BackendMode.REPLAY);
        Optional<Path> record = path(env, BackendMode.RECORD);
        Optional<Path> faults = path(env, FAULTS);
        if (replay.isEmpty() && record.isEmpty() && faults.isEmpty()) {
            return Optional.empty();
        }
        if (replay.isPresent() && record.isPresent()) {
            throw new VisionbookException("Both VISIONBOOK_RECORD and VISIONBOOK_REPLAY are set: record or replay,"
                    + " not both. Unset one of them.");
        }
        Optional<FaultRules> rules = faults.map(WireChoice::rules);
        String notebook = env.get(BackendMode.NOTEBOOK);
        String faultNote = faults.map(file -> "; faults from " + file + " (" + rules.get().size() + " rule"
                + (rules.get().size() == 1 ? "" : "s") + ", " + FAULTS + ")").orElse("");
        if (replay.isPresent()) {
            Optional<Wire.Fallback> fallback = fallback(env, timeout);
            WireServer server = started(() -> Wire.replay(replay.get(), notebook, fallback, rules));
            return Optional.of(new BackendChoice.Connection(BackendChoice.client(REPLAY_KEY, server.baseUrl(), timeout),
                    new Backend(Backend.Kind.REPLAY, server.baseUrl(), "visionbook: " + server.description()
                            + ", no key and no network needed" + (fallback.isPresent()
                            ? "; the local engine answers what was not recorded" : "") + faultNote)));
        }
        BackendChoice.Connection backend = BackendChoice.connect(
                without(env, List.of(FAULTS, BackendMode.RECORD, BackendMode.REPLAY)), timeout);
        String upstream = backend.backend().baseUrl();
        WireServer server = started(() -> record.isPresent() ? Wire.record(record.get(), notebook, upstream, rules)
                : Wire.faults(rules.get(), upstream, "127.0.0.1", 0));
        String recordNote = record.map(file -> "; recording every exchange to " + file + " (VISIONBOOK_RECORD)").orElse("");
        return Optional.of(new BackendChoice.Connection(
                BackendChoice.client(backend.client().apiKey(), server.baseUrl(), timeout),
                new Backend(backend.backend().kind(), server.baseUrl(), backend.backend().description() + recordNote
                        + faultNote)));
    }

    /** {@code VISIONBOOK_REPLAY_FALLBACK=local}: the local server the environment would pick without keys. */
    private static Optional<Wire.Fallback> fallback(Map<String, String> env, Duration timeout) {
        String value = env.get(BackendMode.FALLBACK);
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        if (!value.strip().equals("local")) {
            throw new VisionbookException("VISIONBOOK_REPLAY_FALLBACK is \"" + value + "\": the one fallback is local"
                    + " (the local engine answers what the cassette lacks). Set it to local, or unset it.");
        }
        BackendChoice.Connection local = BackendChoice.connect(without(env, List.of(FAULTS, BackendMode.RECORD,
                BackendMode.REPLAY, "VISIONBOOK_BASE_URL", "GEMINI_API_KEY", "GOOGLE_API_KEY")), timeout);
        return Optional.of(new Wire.Fallback(local.backend().baseUrl(), local.client().apiKey()));
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
    private static WireServer started(Starter starter) {
        try {
            WireServer server = starter.start();
            Runtime.getRuntime().addShutdownHook(new Thread(server::close, "visionbook-wire-stop"));
            return server;
        } catch (IllegalArgumentException e) {
            throw new VisionbookException(e.getMessage(), e);
        } catch (IOException e) {
            throw new VisionbookException("The loopback server could not start: " + e.getMessage(), e);
        }
    }

    /** Starts a loopback server. */
    private interface Starter {
        WireServer start() throws IOException;
    }

    private static Optional<Path> path(Map<String, String> env, String name) {
        String value = env.get(name);
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(Path.of(value.strip()));
    }

    private static Map<String, String> without(Map<String, String> env, List<String> names) {
        Map<String, String> rest = new HashMap<>(env);
        names.forEach(rest::remove);
        return rest;
    }
}
