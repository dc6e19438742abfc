package dev.visionbook.kernel.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.visionbook.server.LocalServer;
import dev.visionbook.server.ServerConfig;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The CI recipe end to end: both notebooks recorded with {@code visionbook run --record} against a
 * local server (the recorded backend, reached by {@code VISIONBOOK_BASE_URL}), then replayed with
 * {@code visionbook run --replay} with that server stopped, no key and an empty home: every
 * executed output is the same, save the one line that names the backend and the seconds a wait took.
 */
class ReplayNotebooksTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> NOTEBOOKS = List.of("vision-tutorial", "beyond-the-tutorial");

    @TempDir
    static Path temp;

    static Path cassette;
    static String key;
    static String recordLog;
    static String replayLog;

    @BeforeAll
    static void recordThenReplay() throws Exception {
        cassette = temp.resolve("notebooks.cassette.jsonl");
        key = LocalServer.randomKey();
        try (LocalServer server = LocalServer.start(ServerConfig.loopback(temp.resolve("server"), Set.of(key)))) {
            recordLog = run("recorded", List.of("--record", cassette.toString()),
                    Map.of("VISIONBOOK_BASE_URL", server.baseUrl(), "VISIONBOOK_API_KEY", key));
        }
        replayLog = run("replayed", List.of("--replay", cassette.toString()), Map.of());
    }

    private static String run(String name, List<String> options, Map<String, String> variables) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx1g", "-cp", System.getProperty("java.class.path"), "dev.visionbook.cli.Main", "run",
                "--out", temp.resolve(name).toString()));
        command.addAll(options);
        NOTEBOOKS.forEach(notebook -> command.add(notebook + ".ipynb"));
        ProcessBuilder builder = new ProcessBuilder(command).directory(new File("notebooks")).redirectErrorStream(true);
        Map<String, String> environment = builder.environment();
        List.of("GEMINI_API_KEY", "GOOGLE_API_KEY", "VISIONBOOK_BASE_URL", "VISIONBOOK_API_KEY", "VISIONBOOK_RECORD",
                "VISIONBOOK_REPLAY", "VISIONBOOK_FAULTS").forEach(environment::remove);
        environment.put("VISIONBOOK_HOME", Files.createDirectories(temp.resolve("home-" + name)).toString());
        environment.putAll(variables);
        Path logFile = temp.resolve(name + ".log");
        Process process = builder.redirectOutput(logFile.toFile()).start();
        boolean ended = process.waitFor(5, TimeUnit.MINUTES);
        if (!ended) {
            process.destroyForcibly();
        }
        String log = Files.readString(logFile, StandardCharsets.UTF_8);
        assertTrue(ended && process.exitValue() == 0, name + " run:\n" + log);
        return log;
    }

    @Test
    void everyExecutedOutputOfTheReplayIsTheRecordedOneSaveTheBackendLineAndWaitTimes() throws Exception {
        for (String notebook : NOTEBOOKS) {
            JsonNode recorded = JSON.readTree(temp.resolve("recorded").resolve(notebook + ".ipynb").toFile());
            JsonNode replayed = JSON.readTree(temp.resolve("replayed").resolve(notebook + ".ipynb").toFile());
            List<JsonNode> one = outputs(recorded);
            List<JsonNode> two = outputs(replayed);
            assertEquals(one.size(), two.size());
            for (int cell = 0; cell < one.size(); cell++) {
                assertEquals(one.get(cell), two.get(cell), notebook + ", code cell " + (cell + 1));
            }
            assertTrue(backendLine(recorded).contains("recording every exchange to " + cassette), backendLine(recorded));
            assertTrue(backendLine(replayed).startsWith("visionbook: replaying " + cassette), backendLine(replayed));
        }
    }

    @Test
    void theCassetteKeepsEachNotebooksExchangesAndNeverTheKey() throws Exception {
        String text = Files.readString(cassette);
        assertFalse(text.contains(key), "the key is never written");
        for (String notebook : NOTEBOOKS) {
            assertTrue(text.contains("\"notebook\":\"" + notebook + ".ipynb\""), notebook);
        }
        assertTrue(text.contains("\"kind\":\"upload\"") && text.contains("\"kind\":\"stream\""));
        assertFalse(replayLog.contains("no recorded answer"), replayLog);
    }

    /** Each code cell's outputs, with the line naming the backend taken out of its printed text. */
    private static List<JsonNode> outputs(JsonNode notebook) {
        List<JsonNode> cells = new ArrayList<>();
        for (JsonNode cell : notebook.get("cells")) {
            if (!"code".equals(cell.path("cell_type").asText())) {
                continue;
            }
            ArrayNode outputs = cell.get("outputs").deepCopy();
            for (JsonNode output : outputs) {
                if (output.has("text")) {
                    String text = NotebookText.join(output.get("text")).lines()
                            .filter(line -> !line.startsWith("visionbook: ")).map(line -> line + "\n")
                            .reduce("", String::concat);
                    ((ObjectNode) output).put("text", text);
                }
            }
            // A wait's last line says how long this machine waited ("ACTIVE after 6 s"): wall time, not an answer.
            cells.add(new com.fasterxml.jackson.databind.node.TextNode(outputs.toString()
                    .replaceAll("(ACTIVE|FAILED|PROCESSING) after \\d+ s", "$1 after N s")));
        }
        return cells;
    }

    private static String backendLine(JsonNode notebook) {
        for (JsonNode cell : notebook.get("cells")) {
            for (JsonNode output : cell.path("outputs")) {
                for (String line : NotebookText.join(output.get("text")).lines().toList()) {
                    if (line.startsWith("visionbook: ")) {
                        return line;
                    }
                }
            }
        }
        return "(no backend line)";
    }
}
