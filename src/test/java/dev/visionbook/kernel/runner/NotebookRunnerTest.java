package dev.visionbook.kernel.runner;

import static dev.visionbook.kernel.runner.TestNotebooks.JSON;
import static dev.visionbook.kernel.runner.TestNotebooks.notebook;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The runner on a notebook that exercises every kind of output, with the kernel's real JShell. */
class NotebookRunnerTest {

    @TempDir
    static Path folder;

    static RunResult result;
    static JsonNode cells;
    static String log;

    @BeforeAll
    static void runOnce() throws Exception {
        Path source = folder.resolve("outputs.ipynb");
        Files.writeString(source, JSON.writeValueAsString(notebook()
                .markdown("# Every output\nA *notebook* for tests.")
                .code("System.out.println(\"one\");\nSystem.out.print(\"two\\n\");\nSystem.err.println(\"careful\");\n"
                        + "display(markdown(\"**shown**\"));\nSystem.out.println(\"after\");\n6 * 7")
                .code("var work = Progress.start(\"work\", 4);\nfor (int i = 0; i < 4; i++) { work.advance(1); }\nwork.finish(\"all done\");")
                .code("   \n")
                .code("int broken = \"text\";")
                .code("System.out.println(\"never runs\");")
                .build()));
        ByteArrayOutputStream logBytes = new ByteArrayOutputStream();
        result = new NotebookRunner(new PrintStream(logBytes, true, StandardCharsets.UTF_8)).run(source, folder.resolve("out"));
        log = logBytes.toString(StandardCharsets.UTF_8);
        cells = JSON.readTree(folder.resolve("out/outputs.ipynb").toFile()).get("cells");
    }

    @Test
    void printedTextJoinsPerStreamAndKeepsItsPlaceAroundDisplays() {
        JsonNode outputs = cells.get(1).get("outputs");
        assertEquals("stream", outputs.get(0).get("output_type").asText());
        assertEquals("one\ntwo\n", NotebookText.join(outputs.get(0).get("text")));
        assertEquals("stderr", outputs.get(1).get("name").asText());
        assertEquals("display_data", outputs.get(2).get("output_type").asText());
        assertTrue(NotebookText.join(outputs.get(2).get("data").get("text/html")).contains("<strong>shown</strong>"));
        assertEquals("after\n", NotebookText.join(outputs.get(3).get("text")));
        assertEquals("execute_result", outputs.get(4).get("output_type").asText());
        assertEquals("42", NotebookText.join(outputs.get(4).get("data").get("text/plain")));
        assertEquals(1, cells.get(1).get("execution_count").asInt());
    }

    @Test
    void aProgressEndsAsOneOutputShowingItsEnd() {
        JsonNode outputs = cells.get(2).get("outputs");
        assertEquals(1, outputs.size());
        assertTrue(NotebookText.join(outputs.get(0).get("data").get("text/plain")).contains("all done"));
    }

    @Test
    void aBlankCellIsLeftUnrun() {
        assertTrue(cells.get(3).get("execution_count").isNull());
        assertEquals(0, cells.get(3).get("outputs").size());
    }

    @Test
    void aFailingCellStopsTheRunAndSaysWhere() {
        JsonNode error = cells.get(4).get("outputs").get(0);
        assertEquals("error", error.get("output_type").asText());
        assertTrue(error.get("evalue").asText().contains("incompatible types"), error.toString());
        assertTrue(result.stopped());
        assertEquals(5, result.firstFailure().orElseThrow().cellNumber());
        assertTrue(cells.get(5).get("execution_count").isNull(), "the cell after the failure did not run");
        assertTrue(log.contains("FAILED") && log.contains("cell 5 (In [3])"), log);
    }

    @Test
    void theExecutedCopyAndItsPageAreWrittenAndTheSourceIsLeftAlone() throws Exception {
        assertTrue(Files.isRegularFile(folder.resolve("out/outputs.html")));
        assertTrue(Files.readString(folder.resolve("out/outputs.html")).contains("Every output"));
        JsonNode source = JSON.readTree(folder.resolve("outputs.ipynb").toFile());
        assertEquals(0, source.get("cells").get(1).get("outputs").size());
        assertFalse(cells.get(1).get("id").asText().isEmpty(), "cells get the ids nbformat 4.5 requires");
        try (var files = Files.list(folder.resolve("out"))) {
            assertEquals(2, files.count(), "no temporary files are left behind");
        }
    }

    @Test
    void allowingErrorsRunsEveryCell() {
        RunResult all = new NotebookRunner(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8))
                .allowErrors(true)
                .execute(notebook().code("int broken = \"text\";").code("System.out.println(\"still runs\");").build());
        assertFalse(all.stopped());
        assertEquals(2, all.cells().size());
        assertEquals("still runs\n", NotebookText.join(all.notebook().get("cells").get(1).get("outputs").get(0).get("text")));
    }
}
