package dev.visionbook.kernel.runner;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Reading a notebook file with clear errors, and writing files that appear whole or not at all. */
final class NotebookFiles {

    private NotebookFiles() {
    }

    /** The notebook at {@code path}, checked to be nbformat 4 with a list of cells. */
    static ObjectNode read(ObjectMapper json, Path path) {
        JsonNode notebook;
        try {
            notebook = json.readTree(Files.readString(path, StandardCharsets.UTF_8));
        } catch (NoSuchFileException e) {
            throw new NotebookException("No notebook at " + path + ": check the path.");
        } catch (AccessDeniedException e) {
            throw new NotebookException("Cannot read " + path + ": permission denied.");
        } catch (JsonProcessingException e) {
            throw new NotebookException(path + " is not a notebook: its JSON is broken at line "
                    + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + " (" + e.getOriginalMessage() + ").");
        } catch (IOException e) {
            throw new NotebookException("Cannot read " + path + ": " + e.getMessage(), e);
        }
        if (notebook == null || !notebook.isObject()) {
            throw new NotebookException(path + " is not a notebook: it holds no JSON object.");
        }
        int format = notebook.path("nbformat").asInt(-1);
        if (format != 4) {
            throw new NotebookException(path + " is " + (format < 0 ? "not a Jupyter notebook (no nbformat)" : "nbformat " + format)
                    + "; visionbook runs nbformat 4 notebooks (open and save it in Jupyter to convert it).");
        }
        if (!notebook.path("cells").isArray()) {
            throw new NotebookException(path + " is not a notebook: it has no list of cells.");
        }
        return (ObjectNode) notebook;
    }

    /** The notebook as Jupyter writes it: one-space indents, a newline at the end. */
    static String format(ObjectMapper json, JsonNode notebook) {
        Separators separators = Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator("");
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter(separators)
                .withObjectIndenter(new DefaultIndenter(" ", "\n"))
                .withArrayIndenter(new DefaultIndenter(" ", "\n"));
        try {
            return json.writer(printer).writeValueAsString(notebook) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A notebook built here could not be written as JSON", e);
        }
    }

    /** Writes {@code text} to {@code target} through a temporary file in the same folder and a rename. */
    static void writeWhole(Path target, String text) {
        Path folder = target.toAbsolutePath().getParent();
        Path temp = null;
        try {
            Files.createDirectories(folder);
            temp = Files.createTempFile(folder, "." + target.getFileName(), ".tmp");
            Files.writeString(temp, text, StandardCharsets.UTF_8);
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new NotebookException("Cannot write " + target + ": " + e.getMessage(), e);
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // The rename succeeded or the write failed with its own error; a stray temp file is all that is left.
                }
            }
        }
    }
}
