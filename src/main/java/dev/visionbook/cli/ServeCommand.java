package dev.visionbook.cli;

import dev.visionbook.server.LocalServer;
import dev.visionbook.server.ServerConfig;
import dev.visionbook.store.StoreLimits;
import dev.visionbook.wire.FaultRules;
import dev.visionbook.wire.Wire;
import dev.visionbook.wire.WireServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code visionbook serve}: the local Gemini API as a standalone server. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serve the Gemini API (files, generateContent, streaming, countTokens) locally.")
final class ServeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--host", defaultValue = "127.0.0.1", description = "Address to bind (default: ${DEFAULT-VALUE}).")
    String host;

    @Option(names = "--port", defaultValue = "8787", description = "Port to listen on, 0 for any (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--data", description = "Folder for files and metadata (default: ~/.visionbook/server).")
    Path data;

    @Option(names = "--api-key", description = "Accept this API key (repeatable). Without keys, one is generated.")
    List<String> apiKeys = List.of();

    @Option(names = "--api-keys-file", description = "Accept the keys in this file, one per line.")
    Path apiKeysFile;

    @Option(names = "--max-file-bytes", description = "Largest file (default: 2 GB).")
    Long maxFileBytes;

    @Option(names = "--max-project-bytes", description = "Storage per API key (default: 20 GB).")
    Long maxProjectBytes;

    @Option(names = "--file-lifetime", defaultValue = "48h", converter = LifetimeConverter.class,
            description = "Time from upload to expiry, e.g. 30s, 10m, 48h (default: ${DEFAULT-VALUE}, as the service).")
    Duration fileLifetime;

    @Option(names = "--allow-host", description = "Also answer requests whose Host header is this name (repeatable);"
            + " by default only localhost and loopback addresses, against DNS rebinding.")
    List<String> allowedHosts = List.of();

    @Option(names = "--faults", paramLabel = "FILE",
            description = "Fail chosen requests as the service fails, by the rules in FILE (see the README).")
    Path faults;

    @Override
    public Integer call() throws Exception {
        if (port < 0 || port > 65535) {
            throw new ParameterException(spec.commandLine(), "--port must be from 0 to 65535, not " + port + ".");
        }
        Set<String> keys = keys();
        boolean generated = keys.isEmpty();
        if (generated) {
            keys.add(LocalServer.randomKey());
        }
        Path dataDir = data != null ? data : Path.of(System.getProperty("user.home"), ".visionbook", "server");
        StoreLimits limits = StoreLimits.service().withFileLifetime(fileLifetime);
        if (maxFileBytes != null) {
            limits = limits.withMaxFileBytes(maxFileBytes);
        }
        if (maxProjectBytes != null) {
            limits = limits.withMaxProjectBytes(maxProjectBytes);
        }
        FaultRules rules = faults == null ? null : FaultsOption.read(spec, faults);
        ServerConfig config = ServerConfig.loopback(dataDir, keys).withHost(host).withPort(rules == null ? port : 0)
                .withLimits(limits).withAllowedHosts(Set.copyOf(allowedHosts));
        LocalServer server = LocalServer.start(config);
        Runtime.getRuntime().addShutdownHook(new Thread(server::close, "visionbook-shutdown"));
        String url = server.baseUrl();
        if (rules != null) {
            WireServer faulty = Wire.faults(rules, server.baseUrl(), host, port);
            Runtime.getRuntime().addShutdownHook(new Thread(faulty::close, "visionbook-faults-shutdown"));
            url = faulty.baseUrl();
            System.out.println("visionbook: " + rules.size() + " fault rule" + (rules.size() == 1 ? "" : "s") + " from "
                    + faults + " apply to every request at " + url);
        }
        System.out.println("visionbook: local Gemini API at " + url + " (data in " + dataDir + ")");
        if (generated) {
            System.out.println("API key: " + keys.iterator().next());
        }
        System.out.println("Try: curl -H 'x-goog-api-key: KEY' " + url + "/v1beta/files");
        new CountDownLatch(1).await();
        return 0;
    }

    private Set<String> keys() throws IOException {
        Set<String> keys = new LinkedHashSet<>(apiKeys);
        if (apiKeysFile != null) {
            if (!Files.isRegularFile(apiKeysFile)) {
                throw new ParameterException(spec.commandLine(), "--api-keys-file " + apiKeysFile + " does not exist.");
            }
            for (String line : Files.readAllLines(apiKeysFile)) {
                if (!line.isBlank() && !line.strip().startsWith("#")) {
                    keys.add(line.strip());
                }
            }
        }
        return keys;
    }
}
