package dev.visionbook.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

    @BeforeAll
    static void startKernelProcess() throws Exception {
        client = new JupyterTestClient();
        Path connectionFile = folder.resolve("kernel-test.json");
        Files.writeString(connectionFile, client.connectionJson());
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(KernelSpec.JVM_OPTIONS);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), "dev.visionbook.cli.Main", "kernel",
                connectionFile.toString()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(folder.resolve("kernel.log").toFile());
        Map<String, String> environment = builder.environment();
        List.of("GEMINI_API_KEY", "GOOGLE_API_KEY", "VISIONBOOK_BASE_URL", "VISIONBOOK_API_KEY").forEach(environment::remove);
        environment.put("VISIONBOOK_HOME", folder.resolve("home").toString());
        process = builder.start();
        client.connect();
    }

    @AfterAll
    static void stopKernelProcess() throws Exception {
        client.close();
        if (process.isAlive()) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }

    @Test
    @Order(1)
    void genaiConnectsOnFirstUseAndSaysSoOnce() {
        JupyterTestClient.Execution first = client.execute("genai.backend().kind()");
        assertEquals("ok", first.status(), first.traceback() + log());
        assertTrue(first.stdout().startsWith("visionbook: no GEMINI_API_KEY set, using the local Gemini API server at http://127.0.0.1:"),
                first.stdout());
        assertTrue(first.stdout().contains(folder.resolve("home").toString()), first.stdout());
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

    private static String log() {
        try {
            return "\nkernel log:\n" + Files.readString(folder.resolve("kernel.log"));
        } catch (java.io.IOException e) {
            return "";
        }
    }
}
