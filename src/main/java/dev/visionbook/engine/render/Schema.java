package dev.visionbook.engine.render;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;

/**
 * A response schema read the same way in both dialects: the API's OpenAPI subset (upper-case
 * {@code type}, {@code nullable}, {@code propertyOrdering}) and JSON Schema (lower-case or listed
 * types, {@code "null"} among them, {@code $ref} into {@code $defs} or {@code definitions}).
 */
final class Schema {

    private final JsonNode root;

    Schema(JsonNode root) {
        this.root = root;
    }

    /** The node a {@code $ref} points to, or the node itself. */
    JsonNode resolve(JsonNode node) {
        int hops = 0;
        while (node.has("$ref") && hops++ < 16) {
            String ref = node.get("$ref").asText();
            if (!ref.startsWith("#")) {
                return node;
            }
            JsonNode target = root.at(ref.substring(1));
            if (target.isMissingNode()) {
                return node;
            }
            node = target;
        }
        return node;
    }

    /** anyOf / oneOf alternatives, the non-null ones first. */
    List<JsonNode> alternatives(JsonNode node) {
        List<JsonNode> choices = new ArrayList<>();
        for (String key : List.of("anyOf", "oneOf")) {
            if (node.path(key).isArray()) {
                node.get(key).forEach(choice -> {
                    JsonNode resolved = resolve(choice);
                    if (type(resolved).equals("null")) {
                        choices.add(resolved);
                    } else {
                        choices.add(0 < choices.size() && type(choices.get(choices.size() - 1)).equals("null")
                                ? choices.size() - 1 : choices.size(), resolved);
                    }
                });
            }
        }
        return choices;
    }

    /** The node's type in lower case; the first non-null of a list; guessed from its keywords when absent. */
    String type(JsonNode node) {
        JsonNode type = node.path("type");
        if (type.isTextual()) {
            return type.asText().toLowerCase(Locale.ROOT);
        }
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (!t.asText().equalsIgnoreCase("null")) {
                    return t.asText().toLowerCase(Locale.ROOT);
                }
            }
            return "null";
        }
        if (node.has("properties")) {
            return "object";
        }
        if (node.has("items")) {
            return "array";
        }
        if (node.has("enum")) {
            return "string";
        }
        return "";
    }

    boolean nullable(JsonNode node) {
        node = resolve(node);
        if (node.path("nullable").asBoolean(false)) {
            return true;
        }
        JsonNode type = node.path("type");
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (t.asText().equalsIgnoreCase("null")) {
                    return true;
                }
            }
        }
        for (JsonNode choice : alternatives(node)) {
            if (type(choice).equals("null")) {
                return true;
            }
        }
        return type.asText("").equalsIgnoreCase("null");
    }

    List<String> required(JsonNode node) {
        List<String> required = new ArrayList<>();
        node.path("required").forEach(name -> required.add(name.asText()));
        return required;
    }

    /** The properties in {@code propertyOrdering} when given (the service's order), else as declared. */
    List<String> propertyNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.path("propertyOrdering").forEach(name -> {
            if (node.path("properties").has(name.asText())) {
                names.add(name.asText());
            }
        });
        Iterator<String> declared = node.path("properties").fieldNames();
        while (declared.hasNext()) {
            String name = declared.next();
            if (!names.contains(name)) {
                names.add(name);
            }
        }
        return names;
    }
}
