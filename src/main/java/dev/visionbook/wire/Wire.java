package dev.visionbook.wire;

import java.io.IOException;
import java.time.Clock;
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

    /** Wraps {@code handler} in the rules, when there are any. */
    static WireHandler withFaults(Optional<FaultRules> rules, WireHandler handler) {
        return rules.<WireHandler>map(some -> new FaultInjector(some, handler, Clock.systemUTC())).orElse(handler);
    }
}
