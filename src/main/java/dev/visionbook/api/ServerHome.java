package dev.visionbook.api;

import java.nio.file.Path;
import java.util.Map;

/**
 * Where the shared local server of one user keeps its things, in the visionbook home
 * ({@code VISIONBOOK_HOME}, default {@code ~/.visionbook}): the state file that says where it
 * runs, the lock that lets one process at a time start or stop it, its log, and its data.
 *
 * @param folder the visionbook home
 */
record ServerHome(Path folder) {

    ServerHome {
        folder = folder.toAbsolutePath().normalize();
    }

    /** From {@code VISIONBOOK_HOME}, else {@code ~/.visionbook}. */
    static ServerHome of(Map<String, String> environment) {
        String home = environment.get("VISIONBOOK_HOME");
        return new ServerHome(home != null && !home.isBlank() ? Path.of(home.strip())
                : Path.of(System.getProperty("user.home"), ".visionbook"));
    }

    /** Port, pid, version and key of the running server; there only while it serves. */
    Path stateFile() {
        return folder.resolve("server.properties");
    }

    Path lockFile() {
        return folder.resolve("server.lock");
    }

    Path logs() {
        return folder.resolve("logs");
    }

    Path serverLog() {
        return logs().resolve("server.log");
    }

    /** The data of the local server: its key and its store, where they have always been. */
    Path dataDir() {
        return folder.resolve("local");
    }
}
