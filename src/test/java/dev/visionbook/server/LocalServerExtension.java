package dev.visionbook.server;

import com.google.genai.Client;
import com.google.genai.types.HttpOptions;
import com.google.genai.types.HttpRetryOptions;
import dev.visionbook.store.StoreException;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Starts a real {@link LocalServer} on a free loopback port in a temporary folder before each
 * test and stops it after. Tests talk to it through the official SDK ({@link #client()}) or raw
 * HTTP ({@link #send}).
 */
public final class LocalServerExtension implements BeforeEachCallback, AfterEachCallback {

    public static final String KEY = "test-key-one";
    public static final String OTHER_KEY = "test-key-two";

    private final UnaryOperator<ServerConfig> customise;
    private final HttpClient http = HttpClient.newHttpClient();
    private Path dataDir;
    private LocalServer server;

    public LocalServerExtension() {
        this(UnaryOperator.identity());
    }

    public LocalServerExtension(UnaryOperator<ServerConfig> customise) {
        this.customise = customise;
    }

    @Override
    public void beforeEach(ExtensionContext context) throws IOException, StoreException {
        dataDir = Files.createTempDirectory("visionbook-server-");
        start();
    }

    @Override
    public void afterEach(ExtensionContext context) throws IOException {
        if (server != null) {
            server.close();
        }
        try (Stream<Path> all = Files.walk(dataDir)) {
            all.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }

    /** Stops the server and starts a new one on the same data folder, as after a restart. */
    public void restart() throws StoreException {
        server.close();
        start();
    }

    private void start() throws StoreException {
        server = LocalServer.start(customise.apply(ServerConfig.loopback(dataDir, Set.of(KEY, OTHER_KEY))));
    }

    public LocalServer server() {
        return server;
    }

    public Path dataDir() {
        return dataDir;
    }

    public String baseUrl() {
        return server.baseUrl();
    }

    /** The official SDK with retries off, so that an error shows at once. */
    public Client client() {
        return client(KEY, "v1");
    }

    public Client client(String key, String apiVersion) {
        return Client.builder().apiKey(key)
                .httpOptions(HttpOptions.builder().baseUrl(baseUrl()).apiVersion(apiVersion)
                        .retryOptions(HttpRetryOptions.builder().attempts(1).build()).build())
                .build();
    }

    public HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(baseUrl() + path)).timeout(Duration.ofSeconds(60));
    }

    public HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    public HttpResponse<String> get(String path, String key) throws IOException, InterruptedException {
        HttpRequest.Builder builder = request(path).GET();
        if (key != null) {
            builder.header("x-goog-api-key", key);
        }
        return send(builder.build());
    }
}
