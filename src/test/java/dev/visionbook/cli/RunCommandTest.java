package dev.visionbook.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code visionbook run} as a user types it, through {@link Main}. */
class RunCommandTest {

    @TempDir
    Path folder;

    private static String notebook(String code) {
        return """
                {"nbformat": 4, "nbformat_minor": 5, "metadata": {}, "cells": [
                 {"cell_type": "code", "id": "only", "metadata": {}, "execution_count": null, "outputs": [], "source": %s}]}
                """.formatted(quoted(code));
    }

    private static String quoted(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
    }

    @Test
    void aNotebookInAnotherFolderRunsThereSoItsRelativePathsWork() throws Exception {
        Path project = Files.createDirectories(folder.resolve("project"));
        Files.writeString(project.resolve("data.txt"), "found beside the notebook");
        Path notebook = project.resolve("reads.ipynb");
        Files.writeString(notebook, notebook("Files.readString(Path.of(\"data.txt\"))"));
        Path out = folder.resolve("out");

        assertEquals(0, Main.run("run", "--out", out.toString(), notebook.toString()));

        String executed = Files.readString(out.resolve("reads.ipynb"));
        assertTrue(executed.contains("found beside the notebook"), executed);
        assertTrue(Files.isRegularFile(out.resolve("reads.html")));
    }

    @Test
    void aFailingCellEndsWithExitCodeOneAndTheDefaultFolderHoldsWhatRan() throws Exception {
        Path notebook = folder.resolve("fails.ipynb");
        Files.writeString(notebook, notebook("throw new IllegalStateException(\"on purpose\");"));

        assertEquals(1, Main.run("run", notebook.toString()));

        String executed = Files.readString(folder.resolve("executed/fails.ipynb"));
        assertTrue(executed.contains("on purpose"), executed);
    }

    @Test
    void aMissingNotebookIsAUsageErrorWithoutAStackTrace() {
        PrintStream err = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        int code;
        try {
            code = Main.run("run", folder.resolve("nowhere.ipynb").toString());
        } finally {
            System.setErr(err);
        }
        String message = captured.toString(StandardCharsets.UTF_8);
        assertEquals(2, code);
        assertTrue(message.contains("No notebook at"), message);
        assertFalse(message.contains("\tat "), message);
    }
}
