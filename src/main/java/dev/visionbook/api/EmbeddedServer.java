package dev.visionbook.api;

import dev.visionbook.server.LocalServer;
import dev.visionbook.server.ServerConfig;
import dev.visionbook.store.StoreException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The local server started inside this JVM, one per data folder, stopped when the JVM exits.
 * Its key is kept in the data folder so that files live across restarts, as the service keeps
 * them for 48 hours. Thread-safe.
 */
final class EmbeddedServer {

    /** A running server and the key to call it with. */
    record Running(LocalServer server, String apiKey, Path dataDir) {
    }

    private static final Map<Path, Running> RUNNING = new ConcurrentHashMap<>();

    private EmbeddedServer() {
    }

    static Running in(Path dataDir) {
        return RUNNING.computeIfAbsent(dataDir.toAbsolutePath().normalize(), EmbeddedServer::start);
    }

    private static Running start(Path dataDir) {
        try {
            String key = keyIn(dataDir);
            LocalServer server = LocalServer.start(ServerConfig.loopback(dataDir.resolve("server"), Set.of(key)));
            Runtime.getRuntime().addShutdownHook(new Thread(server::close, "visionbook-local-server-stop"));
            return new Running(server, key, dataDir);
        } catch (IOException | StoreException e) {
            throw new VisionbookException("The local Gemini API server could not start in " + dataDir + ": "
                    + e.getMessage() + ". Set VISIONBOOK_HOME to a writable folder.", e);
        }
    }

    /** The folder's key, made once; written to a temporary file and renamed so it is never half there. */
    private static String keyIn(Path dataDir) throws IOException {
        Files.createDirectories(dataDir);
        Path keyFile = dataDir.resolve("api-key");
        if (Files.isRegularFile(keyFile)) {
            String key = Files.readString(keyFile, StandardCharsets.UTF_8).strip();
            if (!key.isEmpty()) {
                return key;
            }
        }
        String key = LocalServer.randomKey();
        Path temporary = Files.createTempFile(dataDir, "api-key", ".tmp");
        try {
            Files.setPosixFilePermissions(temporary, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException ignored) {
            // not a POSIX file system: the folder's own permissions protect the key
        }
        Files.writeString(temporary, key + "\n", StandardCharsets.UTF_8);
        Files.move(temporary, keyFile, StandardCopyOption.ATOMIC_MOVE);
        return key;
    }
}
