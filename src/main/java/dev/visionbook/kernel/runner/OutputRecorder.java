package dev.visionbook.kernel.runner;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.visionbook.display.MimeBundle;
import dev.visionbook.kernel.CellError;
import dev.visionbook.kernel.CellOutput;
import java.util.HashMap;
import java.util.Map;

/**
 * One cell's outputs as nbformat 4 keeps them, built the way Jupyter's own client builds them from
 * a kernel's messages: consecutive text on one stream joins into one output, and an update of a
 * display replaces that display where it stands (a progress bar ends as one picture of its end).
 *
 * <p>Threading: any thread may record (a progress moves on the uploading thread); calls are
 * serialised here.
 */
final class OutputRecorder implements CellOutput {

    private final ObjectMapper json;
    private final ArrayNode outputs;
    private final Map<String, ObjectNode> displays = new HashMap<>();

    OutputRecorder(ObjectMapper json) {
        this.json = json;
        this.outputs = json.createArrayNode();
    }

    @Override
    public synchronized void stream(String name, String text) {
        if (text.isEmpty()) {
            return;
        }
        if (!outputs.isEmpty()) {
            ObjectNode last = (ObjectNode) outputs.get(outputs.size() - 1);
            if ("stream".equals(last.path("output_type").asText()) && name.equals(last.path("name").asText())) {
                last.set("text", NotebookText.lines(json, NotebookText.join(last.get("text")) + text));
                return;
            }
        }
        ObjectNode output = outputs.addObject();
        output.put("output_type", "stream");
        output.put("name", name);
        output.set("text", NotebookText.lines(json, text));
    }

    @Override
    public synchronized void display(MimeBundle bundle, String displayId) {
        ObjectNode output = outputs.addObject();
        output.put("output_type", "display_data");
        fill(output, bundle);
        if (displayId != null) {
            displays.put(displayId, output);
        }
    }

    @Override
    public synchronized void updateDisplay(MimeBundle bundle, String displayId) {
        ObjectNode shown = displays.get(displayId);
        if (shown != null) {
            fill(shown, bundle);
        }
    }

    synchronized void result(int executionCount, MimeBundle bundle) {
        ObjectNode output = outputs.addObject();
        output.put("output_type", "execute_result");
        output.put("execution_count", executionCount);
        fill(output, bundle);
    }

    synchronized void error(CellError error) {
        ObjectNode output = outputs.addObject();
        output.put("output_type", "error");
        output.put("ename", error.ename());
        output.put("evalue", error.evalue());
        ArrayNode traceback = output.putArray("traceback");
        error.traceback().forEach(traceback::add);
    }

    /** A copy of what was recorded so far. */
    synchronized ArrayNode outputs() {
        return outputs.deepCopy();
    }

    private void fill(ObjectNode output, MimeBundle bundle) {
        ObjectNode data = json.createObjectNode();
        bundle.data().forEach((mime, value) -> data.set(mime, value instanceof String text
                ? (mime.startsWith("image/") && !mime.equals("image/svg+xml") ? json.getNodeFactory().textNode(text) : NotebookText.lines(json, text))
                : json.valueToTree(value)));
        output.set("data", data);
        output.set("metadata", json.valueToTree(bundle.metadata()));
    }
}
