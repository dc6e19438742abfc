package dev.visionbook.kernel;

import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.concurrent.CompletableFuture;
import org.dflib.jjava.jupyter.kernel.KernelConnectionProperties;

/**
 * A running Jupyter kernel, serving the connection file Jupyter gave it until a shutdown request.
 *
 * <pre>{@code
 * try (Kernel kernel = Kernel.start(connectionFile)) {
 *     kernel.awaitShutdown();
 * }
 * }</pre>
 *
 * <p>Threading: sockets are served on threads of their own; {@link #awaitShutdown()} blocks the
 * caller, {@link #close()} may be called from any thread.
 */
public final class Kernel implements AutoCloseable {

    private final SignedConnection connection;
    private final VisionbookKernel kernel;

    private Kernel(SignedConnection connection, VisionbookKernel kernel) {
        this.connection = connection;
        this.kernel = kernel;
    }

    /**
     * Binds the sockets of the connection file (its address only) and starts JShell in the
     * background; {@code %maven} settings come from the environment (see {@link KernelSettings}).
     *
     * @throws IllegalArgumentException when the connection file is missing, unreadable or unsafe
     */
    public static Kernel start(Path connectionFile) {
        return start(ConnectionFile.read(connectionFile), KernelSettings.fromEnvironment(System.getenv()));
    }

    static Kernel start(KernelConnectionProperties properties, KernelSettings settings) {
        CompletableFuture<JShellEvaluator> jshell = JShellStart.begin(settings.classPath());
        ConnectionFile.check(properties, "given");
        SignedConnection connection;
        try {
            connection = new SignedConnection(properties);
        } catch (GeneralSecurityException e) {
            jshell.thenAccept(JShellEvaluator::close);
            throw new IllegalArgumentException("Cannot sign messages with the connection file's key: " + e.getMessage(), e);
        }
        VisionbookKernel kernel = new VisionbookKernel(settings, connection);
        kernel.startSession(jshell);
        kernel.becomeHandlerForConnection(connection);
        try {
            connection.connect();
        } catch (RuntimeException e) {
            kernel.close();
            connection.close();
            jshell.thenAccept(JShellEvaluator::close);
            throw new IllegalStateException("Cannot bind the kernel's sockets on " + properties.getIp() + ": " + e.getMessage()
                    + ". Is another kernel using the same connection file?", e);
        }
        return new Kernel(connection, kernel);
    }

    /** Blocks until a shutdown request (or {@link #close()}) has closed the sockets. */
    public void awaitShutdown() {
        connection.waitUntilClose();
        kernel.close();
    }

    @Override
    public void close() {
        kernel.close();
        connection.close();
    }
}
