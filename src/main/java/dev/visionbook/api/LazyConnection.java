package dev.visionbook.api;

import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Makes the connection once, on first use, and announces the backend it chose; makes it again
 * when the shared local server had to start again on another address. Thread-safe.
 */
final class LazyConnection {

    private final Supplier<BackendChoice.Connection> connect;
    private final Consumer<String> announce;
    private volatile BackendChoice.Connection connection;

    LazyConnection(Supplier<BackendChoice.Connection> connect, Consumer<String> announce) {
        this.connect = connect;
        this.announce = announce;
    }

    BackendChoice.Connection get() {
        BackendChoice.Connection current = connection;
        if (current != null && current.backend().kind() == Backend.Kind.LOCAL) {
            // The shared server may have stopped (idle, or a crash) since the last call.
            EmbeddedServer.ensureRunning(System.out);
        }
        if (current == null || EmbeddedServer.moved(current.backend().baseUrl())) {
            synchronized (this) {
                if (connection == null || EmbeddedServer.moved(connection.backend().baseUrl())) {
                    connection = connect.get();
                    announce.accept(connection.backend().description());
                }
                current = connection;
            }
        }
        return current;
    }

    boolean isConnected() {
        return connection != null;
    }
}
