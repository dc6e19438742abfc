package dev.visionbook.engine.render;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.visionbook.engine.answers.Answer;
import dev.visionbook.engine.answers.Facts;
import dev.visionbook.engine.answers.Found;
import dev.visionbook.engine.answers.Lead;
import dev.visionbook.engine.answers.Md;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * An {@link Answer} as JSON valid against the request's response schema — the API's OpenAPI
 * subset ({@code responseSchema}: upper-case types, {@code nullable}, {@code propertyOrdering}) or
 * JSON Schema ({@code responseJsonSchema}: type lists, {@code $ref}/{@code $defs}, {@code const}) —
 * each field filled from the measurements by its meaning ({@link FieldMeaning}). A field that
 * cannot be measured is null where the schema allows it, else left out when optional, else the
 * neutral value of its type; its path is listed in {@link Filled#unmeasured()}.
 *
 * <p>Stateless and thread-safe.
 */
public final class SchemaAnswer {

    /** The JSON and the paths of the fields that were not measured ("$.count", "$.objects[0].score"). */
    public record Filled(JsonNode value, List<String> unmeasured) {
    }

    /** The colour words the analyzers put in labels ("red circle"). */
    private static final java.util.regex.Pattern COLOUR_NAME = java.util.regex.Pattern.compile(
            "black|white|grey|red|brown|orange|olive|yellow|green|cyan|blue|purple|pink");

    private final ObjectMapper json;

    public SchemaAnswer(ObjectMapper json) {
        this.json = json;
    }

    /** Fills {@code schema}, in either dialect (both are read alike: see {@link Schema}). */
    public Filled fill(JsonNode schema, Answer answer) {
        Fill fill = new Fill(new Schema(schema), answer);
        JsonNode value = fill.value(schema, "$", FieldMeaning.of("", schema.path("description").asText("")), null);
        return new Filled(value, List.copyOf(fill.unmeasured));
    }

    /** One filling: the answer, the schema's root (for {@code $ref}s) and what could not be measured. */
    private final class Fill {

        private final Schema schema;
        private final Answer answer;
        private final Facts facts;
        private final List<String> unmeasured = new ArrayList<>();

        Fill(Schema schema, Answer answer) {
            this.schema = schema;
            this.answer = answer;
            this.facts = answer.facts();
        }

        JsonNode value(JsonNode node, String path, FieldMeaning meaning, Found item) {
            node = schema.resolve(node);
            List<JsonNode> choices = schema.alternatives(node);
            if (!choices.isEmpty()) {
                // anyOf / oneOf: the first alternative that can be measured, else the first.
                for (JsonNode choice : choices) {
                    int before = unmeasured.size();
                    JsonNode value = value(choice, path, meaning, item);
                    if (unmeasured.size() == before) {
                        return value;
                    }
                    unmeasured.subList(before, unmeasured.size()).clear();
                }
                return value(choices.get(0), path, meaning, item);
            }
            if (node.has("const")) {
                return node.get("const");
            }
            String type = schema.type(node);
            return switch (type) {
                case "object" -> object(node, path, item);
                case "array" -> array(node, path, meaning, item);
                case "string" -> string(node, path, meaning, item);
                case "integer", "number" -> number(node, path, meaning, item, type.equals("integer"));
                case "boolean" -> bool(node, path, meaning);
                case "null" -> NullNode.instance;
                default -> unmeasured(node, path);
            };
        }

        private JsonNode object(JsonNode node, String path, Found item) {
            ObjectNode out = json.createObjectNode();
            List<String> required = schema.required(node);
            for (String name : schema.propertyNames(node)) {
                JsonNode property = schema.resolve(node.path("properties").path(name));
                FieldMeaning meaning = FieldMeaning.of(name, property.path("description").asText("") + " "
                        + property.path("title").asText(""));
                String at = path + "." + name;
                int before = unmeasured.size();
                JsonNode value = value(property, at, meaning, item);
                boolean missing = unmeasured.size() > before;
                if (missing && !required.contains(name) && !schema.nullable(property)) {
                    continue; // an optional field not measured is left out, and listed
                }
                out.set(name, value);
            }
            return out;
        }

        private JsonNode array(JsonNode node, String path, FieldMeaning meaning, Found item) {
            JsonNode items = schema.resolve(node.path("items"));
            String itemType = items.isMissingNode() ? "string" : schema.type(items);
            ArrayNode out = json.createArrayNode();
            if ((itemType.equals("integer") || itemType.equals("number"))
                    && (meaning == FieldMeaning.BOX || meaning == FieldMeaning.POINT || meaning == FieldMeaning.UNKNOWN
                    && item != null)) {
                Found f = item != null ? item : facts.found().isEmpty() ? null : facts.found().get(0);
                if (f == null) {
                    return neutralArray(node, path);
                }
                for (int v : meaning == FieldMeaning.POINT ? f.point() : f.box()) {
                    out.add(v);
                }
                return bounded(node, out, path);
            }
            if (itemType.equals("object") || itemType.equals("array") || meaning == FieldMeaning.ITEMS
                    && !itemType.equals("string")) {
                List<Found> found = item != null ? List.of(item) : facts.found();
                for (int i = 0; i < found.size(); i++) {
                    out.add(value(items, path + "[" + i + "]", FieldMeaning.ITEMS, found.get(i)));
                }
                if (found.isEmpty()) {
                    unmeasured.add(path + "[]");
                }
                return bounded(node, out, path);
            }
            List<String> values = switch (meaning) {
                case TEXT -> facts.text();
                case COLOUR -> facts.colours();
                case TRANSCRIPT -> facts.said().stream().map(s -> "[" + Md.time(s.at()) + "] " + s.words()).toList();
                case TIME -> facts.moments().stream().map(Md::time).toList();
                case LABEL, ITEMS, UNKNOWN -> facts.found().stream().map(Found::label).distinct().toList();
                case DESCRIPTION -> sentence().map(List::of).orElse(List.of());
                default -> List.of();
            };
            for (String v : values) {
                JsonNode value = enumFit(items, v);
                if (value != null) {
                    out.add(value);
                }
            }
            if (values.isEmpty() && meaning != FieldMeaning.LABEL && meaning != FieldMeaning.ITEMS) {
                return neutralArray(node, path);
            }
            return bounded(node, out, path);
        }

        private JsonNode string(JsonNode node, String path, FieldMeaning meaning, Found item) {
            Optional<String> value = switch (meaning) {
                case LABEL, ITEMS -> item != null ? Optional.of(item.label()) : subject();
                case COLOUR -> item != null ? colourIn(item.label()) : facts.colours().stream().findFirst();
                case TEXT -> facts.text().isEmpty() ? Optional.empty() : Optional.of(String.join("\n", facts.text()));
                case TRANSCRIPT -> facts.said().isEmpty() ? Optional.empty() : Optional.of(String.join("\n",
                        facts.said().stream().map(s -> "[" + Md.time(s.at()) + "] " + s.words()).toList()));
                case TIME -> facts.moments().stream().findFirst().map(Md::time);
                case YES -> Optional.ofNullable(facts.yes()).map(yes -> yes ? "yes" : "no");
                case COUNT -> Optional.ofNullable(facts.count()).map(String::valueOf);
                case BOX -> Optional.ofNullable(item).or(() -> facts.found().stream().findFirst())
                        .map(f -> Phrases.box(f.box()));
                case POINT -> Optional.ofNullable(item).map(Phrases::point);
                case DESCRIPTION, UNKNOWN -> item != null ? Optional.of(item.label() + " in the " + item.where())
                        : sentence();
                default -> Optional.empty();
            };
            if (node.has("enum")) {
                JsonNode fit = value.map(v -> enumFit(node, v)).orElse(null);
                return fit != null ? fit : unmeasured(node, path);
            }
            return value.<JsonNode>map(json.getNodeFactory()::textNode).orElseGet(() -> unmeasured(node, path));
        }

        private JsonNode number(JsonNode node, String path, FieldMeaning meaning, Found item, boolean integer) {
            Found f = item != null ? item : facts.found().size() == 1 ? facts.found().get(0) : null;
            Double value = switch (meaning) {
                case COUNT, ITEMS -> facts.count() != null ? (double) facts.count()
                        : item == null && !facts.found().isEmpty() ? (double) facts.found().size() : null;
                case BOX_YMIN -> f == null ? null : (double) f.box()[0];
                case BOX_XMIN -> f == null ? null : (double) f.box()[1];
                case BOX_YMAX -> f == null ? null : (double) f.box()[2];
                case BOX_XMAX -> f == null ? null : (double) f.box()[3];
                case SCORE -> f == null || Double.isNaN(f.score()) ? null : f.score();
                case TIME -> facts.moments().isEmpty() ? null : facts.moments().get(0);
                case WIDTH -> answer.parts().isEmpty() || answer.parts().get(0).width() == 0 ? null
                        : (double) answer.parts().get(0).width();
                case HEIGHT -> answer.parts().isEmpty() || answer.parts().get(0).height() == 0 ? null
                        : (double) answer.parts().get(0).height();
                default -> null;
            };
            if (value == null) {
                return unmeasured(node, path);
            }
            double bounded = Math.max(node.path("minimum").asDouble(-Double.MAX_VALUE),
                    Math.min(node.path("maximum").asDouble(Double.MAX_VALUE), value));
            return integer ? json.getNodeFactory().numberNode(Math.round(bounded))
                    : json.getNodeFactory().numberNode(bounded);
        }

        private JsonNode bool(JsonNode node, String path, FieldMeaning meaning) {
            Boolean yes = facts.yes();
            if (yes == null && answer.lead() instanceof Lead.Count c) {
                yes = c.count() > 0;
            }
            return yes == null || meaning != FieldMeaning.YES && meaning != FieldMeaning.ITEMS
                    && meaning != FieldMeaning.UNKNOWN ? unmeasured(node, path)
                    : json.getNodeFactory().booleanNode(yes);
        }

        private Optional<String> subject() {
            Lead lead = answer.lead();
            if (lead instanceof Lead.Presence p) {
                return Optional.of(p.asked());
            }
            if (lead instanceof Lead.Count c) {
                return Optional.of(c.asked());
            }
            if (lead instanceof Lead.Colours c) {
                return Optional.of(c.of() != null ? c.of().label() : c.asked());
            }
            return facts.found().stream().findFirst().map(Found::label);
        }

        private Optional<String> sentence() {
            if (answer.lead() instanceof Lead.CannotTell) {
                return Optional.empty();
            }
            Optional<String> lead = Shortest.leadSentence(answer);
            return lead.map(s -> s.replace("**", ""));
        }

        private Optional<String> colourIn(String label) {
            return List.of(label.split("[ ,]+")).stream().filter(word -> COLOUR_NAME.matcher(word).matches())
                    .findFirst();
        }

        /** The enum value {@code value} names (case and spacing aside), the value itself without an enum, or null. */
        private JsonNode enumFit(JsonNode node, String value) {
            JsonNode values = schema.resolve(node).path("enum");
            if (!values.isArray()) {
                return json.getNodeFactory().textNode(value);
            }
            String wanted = value.toLowerCase(Locale.ROOT).strip();
            for (JsonNode v : values) {
                if (v.asText().toLowerCase(Locale.ROOT).strip().equals(wanted)) {
                    return v;
                }
            }
            for (JsonNode v : values) {
                String option = v.asText().toLowerCase(Locale.ROOT);
                if (!option.isEmpty() && (wanted.contains(option) || option.contains(wanted))) {
                    return v;
                }
            }
            return null;
        }

        private JsonNode neutralArray(JsonNode node, String path) {
            unmeasured.add(path);
            if (schema.nullable(node)) {
                return NullNode.instance;
            }
            ArrayNode out = json.createArrayNode();
            int min = node.path("minItems").asInt(0);
            JsonNode items = schema.resolve(node.path("items"));
            for (int i = 0; i < min; i++) {
                out.add(neutral(items));
            }
            return out;
        }

        private JsonNode bounded(JsonNode node, ArrayNode out, String path) {
            int max = node.path("maxItems").asInt(Integer.MAX_VALUE);
            while (out.size() > max) {
                out.remove(out.size() - 1);
            }
            int min = node.path("minItems").asInt(0);
            if (out.size() < min) {
                unmeasured.add(path + "[" + out.size() + "…]");
                JsonNode items = schema.resolve(node.path("items"));
                while (out.size() < min) {
                    out.add(neutral(items));
                }
            }
            return out;
        }

        private JsonNode unmeasured(JsonNode node, String path) {
            unmeasured.add(path);
            return schema.nullable(node) ? NullNode.instance : neutral(node);
        }

        /** The neutral value of a schema's type: "", 0, false, [], or an object of its required fields' neutral values. */
        private JsonNode neutral(JsonNode node) {
            node = schema.resolve(node);
            if (node.has("const")) {
                return node.get("const");
            }
            if (node.has("enum") && node.get("enum").size() > 0) {
                return node.get("enum").get(0);
            }
            List<JsonNode> choices = schema.alternatives(node);
            if (!choices.isEmpty()) {
                return neutral(choices.get(0));
            }
            return switch (schema.type(node)) {
                case "object" -> {
                    ObjectNode out = json.createObjectNode();
                    for (String name : schema.propertyNames(node)) {
                        if (schema.required(node).contains(name)) {
                            JsonNode property = node.path("properties").path(name);
                            out.set(name, schema.nullable(property) ? NullNode.instance : neutral(property));
                        }
                    }
                    yield out;
                }
                case "array" -> {
                    ArrayNode out = json.createArrayNode();
                    for (int i = 0; i < node.path("minItems").asInt(0); i++) {
                        out.add(neutral(node.path("items")));
                    }
                    yield out;
                }
                case "integer", "number" -> json.getNodeFactory().numberNode(
                        Math.max(0, node.path("minimum").asLong(0)));
                case "boolean" -> json.getNodeFactory().booleanNode(false);
                case "null" -> NullNode.instance;
                default -> json.getNodeFactory().textNode(minLength(node));
            };
        }

        private String minLength(JsonNode node) {
            return "-".repeat(Math.max(0, node.path("minLength").asInt(0)));
        }
    }
}
