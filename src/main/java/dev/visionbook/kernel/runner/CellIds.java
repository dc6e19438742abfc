package dev.visionbook.kernel.runner;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashSet;
import java.util.Set;

/**
 * Cell ids, which nbformat 4.5 and later require: a notebook written by hand or by an older tool
 * may lack them, and the executed copy must still validate. Ids given are kept.
 */
final class CellIds {

    private CellIds() {
    }

    static void addMissing(ObjectNode notebook) {
        if (notebook.path("nbformat_minor").asInt(0) < 5) {
            return;
        }
        Set<String> taken = new HashSet<>();
        notebook.path("cells").forEach(cell -> taken.add(cell.path("id").asText("")));
        int number = 0;
        for (JsonNode node : notebook.path("cells")) {
            number++;
            if (node instanceof ObjectNode cell && cell.path("id").asText("").isEmpty()) {
                String id = "cell-" + number;
                for (int suffix = 2; taken.contains(id); suffix++) {
                    id = "cell-" + number + "-" + suffix;
                }
                taken.add(id);
                cell.put("id", id);
            }
        }
    }
}
