package dev.visionbook.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.Optional;
import java.util.Properties;

/**
 * The state file of the shared local server, as build daemons keep theirs: where it listens, its
 * process, the build it runs and the key to call it with. The server writes it once it listens
 * (to a temporary file, renamed over the old one, so a reader never sees half of it) and deletes
 * it when it stops.
 *
 * @param port the loopback port it listens on
 * @param pid its process id
 * @param version the build it runs ({@link BuildVersion}); another build starts a fresh server
 * @param key the API key it accepts
 * @param launch the token its launcher gave it, so the launcher knows the file is its server's
 * @param started when it started serving
 */
record ServerState(int port, long pid, String version, String key, String launch, Instant started) {

    String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    /** The state in {@code file}; empty when there is none, or it is unreadable or incomplete. */
    static Optional<ServerState> read(Path file) {
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            properties.load(in);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty();
        }
        try {
            return Optional.of(new ServerState(Integer.parseInt(properties.getProperty("port")),
                    Long.parseLong(properties.getProperty("pid")), required(properties, "version"),
                    required(properties, "key"), properties.getProperty("launch", ""),
                    Instant.parse(required(properties, "started"))));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Writes the state readable by this user only, atomically. */
    void write(Path file) throws IOException {
        Properties properties = new Properties();
        properties.setProperty("port", Integer.toString(port));
        properties.setProperty("pid", Long.toString(pid));
        properties.setProperty("version", version);
        properties.setProperty("key", key);
        properties.setProperty("launch", launch);
        properties.setProperty("started", started.toString());
        Files.createDirectories(file.getParent());
        Path temporary = Files.createTempFile(file.getParent(), "server", ".tmp");
        try {
            try {
                Files.setPosixFilePermissions(temporary, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException ignored) {
                // not a POSIX file system: the folder's own permissions protect the key
            }
            try (OutputStream out = Files.newOutputStream(temporary)) {
                properties.store(out, "visionbook's shared local server; deleted when it stops");
            }
            Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /** Deletes the state file if it still describes the server of {@code launch} (a newer one keeps its own). */
    static void deleteIfLaunch(Path file, String launch) {
        if (read(file).filter(state -> state.launch().equals(launch)).isPresent()) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // the next reader finds its pid dead and starts afresh
            }
        }
    }

    private static String required(Properties properties, String name) {
        String value = properties.getProperty(name);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " missing");
        }
        return value.strip();
    }
}
