package dev.visionbook.kernel;

import dev.visionbook.display.MimeBundle;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.dflib.jjava.jupyter.kernel.KernelConnectionProperties;

/**
 * What the JVM that makes {@link KernelArchive} runs, so the archive holds the classes a kernel
 * loads before and during its first cells: the kernel's sockets bound (Jupyter's messaging), JShell
 * with the preload, and cells of each kind (an expression, declarations, a compile error, an
 * exception) with their values rendered. It starts no local server and reads no notebook.
 */
final class ArchiveTraining {

    private static final List<String> CELLS = List.of(
            "1 + 1",
            "int twice(int x) { return 2 * x; }",
            "var numbers = new ArrayList<>(List.of(1, 2, 3)); numbers.add(twice(2)); numbers",
            "String text = \"visionbook\"; text.toUpperCase()",
            "System.out.println(Path.of(\"a\", \"b\"))",
            "not a statement",
            "throw new IllegalStateException(\"training\")",
            "record Point(int x, int y) {} new Point(1, 2)");

    private ArchiveTraining() {
    }

    static void run() {
        KernelSettings settings = KernelSettings.fromEnvironment(System.getenv());
        // Neither the shared server started ahead nor the idle compaction: this JVM only starts and ends.
        Kernel.start(loopbackConnection(), new KernelSettings(settings.classPath(), settings.mavenLocalRepository(),
                settings.mavenRepositories())).close();
        try (HeadlessSession session = HeadlessSession.start()) {
            CellOutput nowhere = new CellOutput() {
                @Override
                public void stream(String name, String text) {
                }

                @Override
                public void display(MimeBundle bundle, String displayId) {
                }

                @Override
                public void updateDisplay(MimeBundle bundle, String displayId) {
                }
            };
            CELLS.forEach(cell -> session.run(cell, nowhere));
        }
    }

    private static KernelConnectionProperties loopbackConnection() {
        String ip = InetAddress.getLoopbackAddress().getHostAddress();
        return KernelConnectionProperties.parse(String.format(Locale.ROOT, """
                {"ip": "%s", "transport": "tcp", "signature_scheme": "hmac-sha256", "key": "%s",
                 "shell_port": %d, "iopub_port": %d, "stdin_port": %d, "control_port": %d, "hb_port": %d}""",
                ip, UUID.randomUUID(), freePort(), freePort(), freePort(), freePort(), freePort()));
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
