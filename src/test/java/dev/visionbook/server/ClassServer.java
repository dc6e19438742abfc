package dev.visionbook.server;

import com.google.genai.Client;
import com.google.genai.types.HttpOptions;
import com.google.genai.types.HttpRetryOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Set;
import java.util.stream.Stream;

/**
 * One real local server for a whole test class (its models load once), in a temporary folder,
 * with an SDK client that tries once. {@link LocalServerExtension} gives each test its own instead.
 */
final class ClassServer implements AutoCloseable {

    final Path dataDir;
    final LocalServer server;
    final Client client;

    ClassServer(String name) throws Exception {
        dataDir = Files.createTempDirectory("visionbook-" + name + "-");
        server = LocalServer.start(ServerConfig.loopback(dataDir, Set.of(LocalServerExtension.KEY)));
        client = Client.builder().apiKey(LocalServerExtension.KEY)
                .httpOptions(HttpOptions.builder().baseUrl(server.baseUrl())
                        .retryOptions(HttpRetryOptions.builder().attempts(1).build()).build()).build();
    }

    @Override
    public void close() throws Exception {
        server.close();
        try (Stream<Path> all = Files.walk(dataDir)) {
            all.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }
}
