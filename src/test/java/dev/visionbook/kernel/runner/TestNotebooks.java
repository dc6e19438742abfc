package dev.visionbook.kernel.runner;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Small nbformat 4 notebooks for tests, built cell by cell. */
final class TestNotebooks {

    static final ObjectMapper JSON = new ObjectMapper();

    private final ObjectNode notebook = JSON.createObjectNode();
    private final ArrayNode cells;

    private TestNotebooks() {
        notebook.put("nbformat", 4);
        notebook.put("nbformat_minor", 5);
        ObjectNode kernelspec = notebook.putObject("metadata").putObject("kernelspec");
        kernelspec.put("name", "visionbook");
        kernelspec.put("display_name", "Java (visionbook)");
        kernelspec.put("language", "java");
        cells = notebook.putArray("cells");
    }

    static TestNotebooks notebook() {
        return new TestNotebooks();
    }

    TestNotebooks markdown(String source) {
        ObjectNode cell = cells.addObject();
        cell.put("cell_type", "markdown");
        cell.putObject("metadata");
        cell.set("source", NotebookText.lines(JSON, source));
        return this;
    }

    TestNotebooks code(String source) {
        ObjectNode cell = cells.addObject();
        cell.put("cell_type", "code");
        cell.putObject("metadata");
        cell.putNull("execution_count");
        cell.putArray("outputs");
        cell.set("source", NotebookText.lines(JSON, source));
        return this;
    }

    ObjectNode build() {
        return notebook.deepCopy();
    }
}
