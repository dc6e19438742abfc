package dev.visionbook.server;

import dev.visionbook.store.StoreLimits;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Set;

/**
 * How to run a {@link LocalServer}.
 *
 * @param host address to bind, loopback unless told otherwise
 * @param port port to bind, 0 for any free one
 * @param dataDir where files and their metadata live
 * @param apiKeys accepted keys, each its own project
 * @param limits per-file and per-project sizes, file lifetime
 * @param maxInlineRequestBytes largest generateContent request body
 * @param clock time source, replaced in tests of expiry
 * @param allowedHosts host names a request's {@code Host} header may carry besides the loopback
 *     names and the bound address (a guard against DNS rebinding)
 */
public record ServerConfig(String host, int port, Path dataDir, Set<String> apiKeys, StoreLimits limits,
                           long maxInlineRequestBytes, Clock clock, Set<String> allowedHosts) {

    public ServerConfig {
        allowedHosts = Set.copyOf(allowedHosts);
    }

    public static final long SERVICE_INLINE_LIMIT = 20L * 1024 * 1024;

    public static ServerConfig loopback(Path dataDir, Set<String> apiKeys) {
        return new ServerConfig("127.0.0.1", 0, dataDir, apiKeys, StoreLimits.service(), SERVICE_INLINE_LIMIT,
                Clock.systemUTC(), Set.of());
    }

    public ServerConfig withPort(int newPort) {
        return new ServerConfig(host, newPort, dataDir, apiKeys, limits, maxInlineRequestBytes, clock, allowedHosts);
    }

    public ServerConfig withHost(String newHost) {
        return new ServerConfig(newHost, port, dataDir, apiKeys, limits, maxInlineRequestBytes, clock, allowedHosts);
    }

    public ServerConfig withLimits(StoreLimits newLimits) {
        return new ServerConfig(host, port, dataDir, apiKeys, newLimits, maxInlineRequestBytes, clock, allowedHosts);
    }

    public ServerConfig withMaxInlineRequestBytes(long bytes) {
        return new ServerConfig(host, port, dataDir, apiKeys, limits, bytes, clock, allowedHosts);
    }

    public ServerConfig withClock(Clock newClock) {
        return new ServerConfig(host, port, dataDir, apiKeys, limits, maxInlineRequestBytes, newClock, allowedHosts);
    }

    /** For example {@code withAllowedHosts(Set.of("my-laptop.local"))} when clients use that name. */
    public ServerConfig withAllowedHosts(Set<String> names) {
        return new ServerConfig(host, port, dataDir, apiKeys, limits, maxInlineRequestBytes, clock, names);
    }
}
