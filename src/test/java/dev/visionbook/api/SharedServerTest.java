package dev.visionbook.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The local server one user's kernels share, through the real path: the SDK against the server's
 * own process, found through the state file of a temporary visionbook home, and stopped after
 * each test.
 */
class SharedServerTest {

    private static final Path IMAGE = Path.of("notebooks/media/photos/coffee.png");

    @TempDir
    Path home;

    private Map<String, String> environment(String... more) {
        Map<String, String> environment = new HashMap<>(Map.of("VISIONBOOK_HOME", home.toString()));
        for (int i = 0; i + 1 < more.length; i += 2) {
            environment.put(more[i], more[i + 1]);
        }
        return environment;
    }

    private GenAI connect(Map<String, String> environment) {
        return GenAI.connect(environment, Duration.ofSeconds(60));
    }

    private ServerState state() {
        return ServerState.read(new ServerHome(home).stateFile()).orElseThrow(() -> new AssertionError("no state file"));
    }

    @AfterEach
    void stopTheServer() {
        SharedServer.stop(environment());
        assertTrue(SharedServer.status(environment()).isEmpty(), "no server left running");
    }

    @Test
    void twoSessionsShareOneServerAndItsFiles() throws Exception {
        GenAI first = connect(environment());
        GenAI second = connect(environment());
        assertEquals(first.backend().baseUrl(), second.backend().baseUrl());
        assertTrue(first.backend().description().contains("shared by your notebooks: pid " + state().pid()),
                first.backend().description());
        assertNotEquals(ProcessHandle.current().pid(), state().pid(), "the server runs in a process of its own");
        UploadedFile file = first.uploadFile(IMAGE, "shared");
        assertEquals("shared", second.getFile(file.name()).displayName());
        assertTrue(Files.readString(home.resolve("logs/server.log").toAbsolutePath(), StandardCharsets.UTF_8)
                .contains("Serving " + first.backend().baseUrl()), "the server logs to the visionbook home");
    }

    @Test
    void aStateFileWhoseProcessIsGoneGivesAFreshServer() throws Exception {
        Process ended = new ProcessBuilder("true").start();
        ended.waitFor();
        new ServerState(9, ended.pid(), BuildVersion.current(), "local-stale", "gone", Instant.now())
                .write(new ServerHome(home).stateFile());

        GenAI genai = connect(environment());
        assertEquals(0, genai.listFiles().size());
        assertNotEquals(ended.pid(), state().pid());
        assertTrue(ProcessHandle.of(state().pid()).orElseThrow().isAlive());
    }

    @Test
    void aServerOfAnotherBuildIsReplacedAndTheFilesStay() throws Exception {
        GenAI genai = connect(environment());
        UploadedFile file = genai.uploadFile(IMAGE, "kept");
        ServerState old = state();
        new ServerState(old.port(), old.pid(), "0.0.1 built long ago", old.key(), old.launch(), old.started())
                .write(new ServerHome(home).stateFile());

        GenAI upgraded = connect(environment());
        assertNotEquals(old.pid(), state().pid());
        assertEquals(BuildVersion.current(), state().version());
        assertTrue(ProcessHandle.of(old.pid()).isEmpty() || !ProcessHandle.of(old.pid()).get().isAlive(), "the old one stopped");
        assertEquals("kept", upgraded.getFile(file.name()).displayName());
    }

    @Test
    void kernelsStartingAtOnceGetOneServer() throws Exception {
        List<Process> starters = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), "dev.visionbook.cli.Main", "server", "start",
                    "--home", home.toString()).redirectErrorStream(true);
            starters.add(builder.start());
        }
        List<String> said = new ArrayList<>();
        for (Process starter : starters) {
            said.add(new String(starter.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
            assertTrue(starter.waitFor(120, TimeUnit.SECONDS));
            assertEquals(0, starter.exitValue(), said.get(said.size() - 1));
        }
        String pid = "pid " + state().pid() + ",";
        said.forEach(output -> assertTrue(output.contains(pid), output + " names " + pid));
        long servers = ProcessHandle.allProcesses().filter(process -> ServerLauncher.isServerOf(process, new ServerHome(home)))
                .count();
        assertEquals(1, servers);
    }

    @Test
    void aServerKilledByItsNativeCodeIsStartedAgainWithOneLine() throws Exception {
        GenAI genai = connect(environment());
        GenerativeModel model = genai.model();
        UploadedFile file = genai.uploadFile(IMAGE, "survives");
        ServerState before = state();
        ProcessHandle server = ProcessHandle.of(before.pid()).orElseThrow();
        server.destroyForcibly();
        server.onExit().get(20, TimeUnit.SECONDS);

        String said = printed(() -> model.countTokens(file, "How many cups?"));
        assertTrue(said.startsWith("visionbook: the local server (pid " + before.pid() + ") ended unexpectedly (see "
                + home.resolve("logs/server.log")), said);
        assertTrue(said.contains("now using pid " + state().pid() + " at " + before.baseUrl() + "; files are kept."), said);
        assertEquals("survives", genai.getFile(file.name()).displayName());
    }

    @Test
    void anIdleServerStopsAndTheNextUseStartsItAgain() throws Exception {
        Map<String, String> environment = environment("VISIONBOOK_SERVER_IDLE", "3s");
        GenAI genai = connect(environment);
        genai.listFiles();
        ProcessHandle server = ProcessHandle.of(EmbeddedServer.inUse(new ServerHome(home)).orElseThrow().pid()).orElseThrow();
        server.onExit().get(30, TimeUnit.SECONDS);
        assertFalse(Files.exists(new ServerHome(home).stateFile()), "it removed its state file");
        assertTrue(Files.readString(home.resolve("logs/server.log")).contains("Stopping: idle for 3s"));

        String said = printed(() -> genai.listFiles().size());
        assertTrue(said.startsWith("visionbook: the local server (pid " + server.pid() + ") had stopped; now using pid "),
                said);
    }

    private static String printed(Supplier<?> call) {
        PrintStream original = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            call.get();
        } finally {
            System.setOut(original);
        }
        return captured.toString(StandardCharsets.UTF_8);
    }
}
