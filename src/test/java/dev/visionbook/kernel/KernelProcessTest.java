package dev.visionbook.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;


import dev.visionbook.api.SharedServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code visionbook kernel CONNECTION_FILE} as Jupyter runs it: a process of its own, with the
 * kernelspec's JVM options, no Gemini key and a temporary VISIONBOOK_HOME, so {@code genai} starts
 * the embedded local server on first use.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class KernelProcessTest {

    @TempDir
    static Path folder;

    static Process process;
    static JupyterTestClient client;
    static long serverPid;

    @BeforeAll
    static void startKernelProcess() throws Exception {
        client = new JupyterTestClient();
        process = startKernel(client, "kernel");
        client.connect();
    }

    /** A kernel as Jupyter starts one; what it writes to its terminal goes to {@code NAME.log}. */
    static Process startKernel(JupyterTestClient client, String name) throws Exception {
        Path connectionFile = folder.resolve(name + ".json");
        Files.writeString(connectionFile, client.connectionJson());
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(KernelSpec.JVM_OPTIONS);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), "dev.visionbook.cli.Main", "kernel",
                connectionFile.toString()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(folder.resolve(name + ".log").toFile());
        Map<String, String> environment = builder.environment();
        List.of("GEMINI_API_KEY", "GOOGLE_API_KEY", "VISIONBOOK_BASE_URL", "VISIONBOOK_API_KEY").forEach(environment::remove);
        environment.put("VISIONBOOK_HOME", home().toString());
        return builder.start();
    }

    static Path home() {
        return folder.resolve("home");
    }

    @AfterAll
    static void stopKernelProcess() throws Exception {
        client.close();
        if (process.isAlive()) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
        SharedServer.stop(Map.of("VISIONBOOK_HOME", home().toString()));
    }

    @Test
    @Order(1)
    void genaiConnectsOnFirstUseAndSaysSoOnce() {
        JupyterTestClient.Execution first = client.execute("genai.backend().kind()");
        assertEquals("ok", first.status(), first.traceback() + log());
        assertTrue(first.stdout().startsWith("visionbook: no GEMINI_API_KEY set, using the local Gemini API server at http://127.0.0.1:"),
                first.stdout());
        assertTrue(first.stdout().contains(home().toString()), first.stdout());
        serverPid = SharedServer.status(Map.of("VISIONBOOK_HOME", home().toString())).orElseThrow().pid();
        assertNotEquals(process.pid(), serverPid, "the engine runs outside the kernel");
        assertTrue(first.stdout().contains("pid " + serverPid), first.stdout());
        assertEquals("LOCAL", first.result().path("text/plain").asText());
        JupyterTestClient.Execution second = client.execute("genai.listFiles().size()");
        assertEquals("", second.stdout());
        assertEquals("ok", second.status(), second.traceback());
    }

    @Test
    @Order(2)
    void envMagicReachesSystemGetenv() {
        client.execute("%env VISIONBOOK_KERNEL_TEST=on");
        assertEquals("on", client.execute("System.getenv(\"VISIONBOOK_KERNEL_TEST\")").result().path("text/plain").asText());
    }

    @Test
    @Order(3)
    void shutdownRequestEndsTheProcess() throws Exception {
        JupyterTestClient.Msg reply = client.requestOnControl("shutdown_request",
                JupyterTestClient.json(Map.of("restart", true)));
        assertEquals("shutdown_reply", reply.type());
        assertTrue(reply.content().path("restart").asBoolean());
        assertTrue(process.waitFor(15, TimeUnit.SECONDS), "the kernel process is still running" + log());
        assertEquals(0, process.exitValue(), log());
    }

    @Test
    @Order(4)
    void theNextKernelFindsTheServerTheFirstLeftRunning() throws Exception {
        assertTrue(ProcessHandle.of(serverPid).orElseThrow().isAlive(), "the server outlives the kernel");
        try (JupyterTestClient next = new JupyterTestClient()) {
            Process restarted = startKernel(next, "restarted");
            try {
                next.connect();
                JupyterTestClient.Execution first = next.execute("genai.listFiles().size()");
                assertEquals("ok", first.status(), first.traceback());
                assertTrue(first.stdout().contains("shared by your notebooks: pid " + serverPid), first.stdout());
            } finally {
                restarted.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        }
    }

    @Test
    @Order(5)
    void theKernelsTerminalStaysQuietAndItsLogIsInTheHome() throws Exception {
        String terminal = Files.readString(folder.resolve("kernel.log"));
        for (String noisy : List.of("SLF4J", "OpenCV", "INFO", "WARN")) {
            assertFalse(terminal.contains(noisy), "the terminal shows " + noisy + ":\n" + terminal);
        }
        assertTrue(Files.isRegularFile(home().resolve("logs/kernel.log")));
        assertTrue(Files.isRegularFile(home().resolve("logs/server.log")));
    }

    private static String log() {
        try {
            return "\nkernel's terminal:\n" + Files.readString(folder.resolve("kernel.log"))
                    + "\nkernel log:\n" + Files.readString(home().resolve("logs/kernel.log"));
        } catch (java.io.IOException e) {
            return "";
        }
    }
}
