package dev.visionbook.kernel;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dflib.jjava.jupyter.kernel.KernelConnectionProperties;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Starts a real kernel in the test's JVM on loopback ports, with a connected {@link JupyterTestClient},
 * once per test class; shuts it down after. {@code %maven} resolves from {@link #mavenRepository()},
 * a folder a test may fill, never from the network.
 *
 * <pre>{@code
 * @RegisterExtension
 * static final InProcessKernel kernel = new InProcessKernel();
 * }</pre>
 */
final class InProcessKernel implements BeforeAllCallback, AfterAllCallback {

    private Path folder;
    private Kernel kernel;
    private JupyterTestClient client;

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        folder = Files.createTempDirectory("visionbook-kernel-test");
        client = new JupyterTestClient();
        KernelConnectionProperties properties = new KernelConnectionProperties(client.ip, client.controlPort,
                client.shellPort, client.stdinPort, client.heartbeatPort, client.iopubPort, "tcp", "hmac-sha256", client.key);
        KernelSettings settings = new KernelSettings(System.getProperty("java.class.path"), folder.resolve("m2"),
                List.of(mavenRepository().toUri().toString()));
        kernel = Kernel.start(properties, settings);
        client.connect();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (client != null) {
            client.close();
        }
        if (kernel != null) {
            kernel.close();
        }
    }

    JupyterTestClient client() {
        return client;
    }

    Path folder() {
        return folder;
    }

    /** The remote repository {@code %maven} uses: a folder in Maven's layout, empty until a test fills it. */
    Path mavenRepository() {
        return folder.resolve("repository");
    }
}
