package dev.visionbook.wire;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** The files a prompt body names: each {@code fileData.fileUri}, wherever it sits in {@code contents}. */
final class PromptFiles {

    private PromptFiles() {
    }

    /** {@code abc123} from {@code files/abc123}, {@code abc123} or {@code https://…/v1beta/files/abc123}. */
    static String id(String uriOrName) {
        String name = uriOrName.strip();
        int at = name.lastIndexOf("files/");
        String id = at >= 0 ? name.substring(at + "files/".length()) : name;
        int query = id.indexOf('?');
        return query >= 0 ? id.substring(0, query) : id;
    }

    static List<String> ids(JsonNode body) {
        List<String> ids = new ArrayList<>();
        eachObject(body, node -> {
            JsonNode uri = node.path("fileData").path("fileUri");
            if (uri.isTextual()) {
                ids.add(id(uri.asText()));
            }
        });
        return ids;
    }

    /** Visits every object in the tree, parents before children. */
    static void eachObject(JsonNode node, Consumer<JsonNode> visit) {
        if (node == null) {
            return;
        }
        if (node.isObject()) {
            visit.accept(node);
        }
        if (node.isContainerNode()) {
            node.forEach(child -> eachObject(child, visit));
        }
    }
}
