package dev.visionbook.kernel.runner;

import static dev.visionbook.kernel.runner.TestNotebooks.JSON;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad notebooks get a clear error before anything runs, and nothing is written for them. */
class NotebookFilesTest {

    @TempDir
    Path folder;

    private String refused(String content) throws Exception {
        Path file = folder.resolve("bad.ipynb");
        Files.writeString(file, content);
        return assertThrows(NotebookException.class, () -> NotebookFiles.read(JSON, file)).getMessage();
    }

    @Test
    void brokenJsonSaysWhere() throws Exception {
        assertTrue(refused("{\"nbformat\": 4,\n \"cells\": [}").contains("line 2"));
    }

    @Test
    void anOlderFormatSaysHowToConvert() throws Exception {
        String message = refused("{\"nbformat\": 3, \"worksheets\": []}");
        assertTrue(message.contains("nbformat 3") && message.contains("nbformat 4"), message);
    }

    @Test
    void otherJsonIsNotANotebook() throws Exception {
        assertTrue(refused("[1, 2]").contains("not a notebook"));
        assertTrue(refused("{\"nbformat\": 4}").contains("no list of cells"));
    }

    @Test
    void aMissingFileSaysSo() {
        Path missing = folder.resolve("missing.ipynb");
        assertTrue(assertThrows(NotebookException.class, () -> NotebookFiles.read(JSON, missing)).getMessage()
                .startsWith("No notebook at"));
    }

    @Test
    void theRunnerRefusesToOverwriteItsSource() throws Exception {
        Path source = folder.resolve("same.ipynb");
        Files.writeString(source, JSON.writeValueAsString(TestNotebooks.notebook().code("1").build()));
        NotebookRunner runner = new NotebookRunner(new PrintStream(OutputStream.nullOutputStream()));
        assertTrue(assertThrows(NotebookException.class, () -> runner.run(source, folder)).getMessage().contains("--out"));
    }

    @Test
    void writtenTextLooksAsJupyterWritesIt() {
        String text = NotebookFiles.format(JSON, TestNotebooks.notebook().code("1").build());
        assertTrue(text.startsWith("{\n \"nbformat\": 4,"), text);
        assertTrue(text.contains("\"outputs\": []"), text);
        assertTrue(text.endsWith("}\n"));
    }

    @Test
    void textSplitsIntoLinesThatJoinBack() {
        assertEquals(3, NotebookText.lines(JSON, "a\nb\nc").size());
        assertEquals("a\nb\nc", NotebookText.join(NotebookText.lines(JSON, "a\nb\nc")));
        assertEquals("", NotebookText.join(null));
    }
}
