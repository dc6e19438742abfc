package dev.visionbook.wire;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * Starts a loopback server to put between an SDK and a backend: the SDK's base URL points at
 * {@link WireServer#baseUrl()}, so every request (uploads, prompts, streams) passes through the
 * same code.
 *
 * <pre>{@code
 * try (WireServer faulty = Wire.faults(FaultRules.read(Path.of("faults.json")), "http://127.0.0.1:8787", "127.0.0.1", 0)) {
 *     Client client = Client.builder().apiKey(key)
 *         .httpOptions(HttpOptions.builder().baseUrl(faulty.baseUrl()).build()).build();
 * }
 * }</pre>
 */
public final class Wire {

    private Wire() {
    }

    /** Passes requests on to {@code upstream}, failing those the rules choose. */
    public static WireServer faults(FaultRules rules, String upstream, String host, int port) throws IOException {
        return WireServer.start(host, port, new FaultInjector(rules, new Forwarder(upstream), Clock.systemUTC()),
                "faults from " + rules.source() + " in front of " + upstream);
    }

    /**
     * Passes requests on to {@code upstream} and records every exchange to {@code cassette}
     * (replacing the exchanges recorded before for {@code notebook}, or the whole file when null).
     */
    public static WireServer record(Path cassette, String notebook, String upstream, Optional<FaultRules> faults)
            throws IOException {
        Recorder recorder = new Recorder(new Forwarder(upstream), Cassette.recordingTo(cassette, notebook));
        return WireServer.start("127.0.0.1", 0, withFaults(faults, recorder), "recording to " + cassette);
    }

    /**
     * Answers from {@code cassette} alone (the exchanges recorded for {@code notebook}, when it has
     * any); what it has no answer for goes to {@code fallback}, or is a clear miss.
     *
     * @throws IllegalArgumentException when there is no cassette, or a line of it is not an exchange
     */
    public static WireServer replay(Path cassette, String notebook, Optional<Fallback> fallback,
                                    Optional<FaultRules> faults) throws IOException {
        List<Exchange> all = Cassette.read(cassette);
        List<Exchange> scoped = notebook != null && all.stream().anyMatch(e -> notebook.equals(e.notebook()))
                ? all.stream().filter(e -> e.notebook() == null || notebook.equals(e.notebook())).toList() : all;
        String name = cassette.getFileName().toString();
        ReplayHandler replay = new ReplayHandler(name, scoped,
                fallback.map(local -> new LocalFallback(local.baseUrl(), local.apiKey(), name)));
        return WireServer.start("127.0.0.1", 0, withFaults(faults, replay), "replaying " + cassette + " ("
                + replay.size() + " exchanges" + (scoped.size() < all.size() ? " of " + notebook : "") + ")");
    }

    /**
     * A local server for what a cassette has no answer for ({@code --replay-fallback local}).
     *
     * @param baseUrl for example {@code http://127.0.0.1:41234}
     * @param apiKey a key that server accepts
     */
    public record Fallback(String baseUrl, String apiKey) {
    }

    /** Wraps {@code handler} in the rules, when there are any. */
    static WireHandler withFaults(Optional<FaultRules> rules, WireHandler handler) {
        return rules.<WireHandler>map(some -> new FaultInjector(some, handler, Clock.systemUTC())).orElse(handler);
    }
}
