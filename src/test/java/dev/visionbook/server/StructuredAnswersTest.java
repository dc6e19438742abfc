package dev.visionbook.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.genai.Client;
import com.google.genai.types.Content;
import com.google.genai.types.GenerateContentConfig;
import com.google.genai.types.GenerateContentResponse;
import com.google.genai.types.Part;
import com.google.genai.types.Schema;
import com.networknt.schema.InputFormat;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.nio.file.Files;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Structured output, system instructions and conversations through the official Java SDK against
 * a real local server: every schema answer is checked against its schema by a JSON Schema
 * validator (the API's OpenAPI subset converted to JSON Schema for the check).
 */
class StructuredAnswersTest {

    static final ObjectMapper JSON = new ObjectMapper();
    static ClassServer local;
    static Client client;

    @BeforeAll
    static void start() throws Exception {
        local = new ClassServer("structured");
        client = local.client;
    }

    @AfterAll
    static void stop() throws Exception {
        local.close();
    }

    static Part image(String relative) throws Exception {
        return Part.fromBytes(Files.readAllBytes(Media.of(relative)), "image/png");
    }

    static GenerateContentResponse ask(GenerateContentConfig config, Part... parts) {
        return client.models.generateContent(SdkModelsTest.MODEL, Content.fromParts(parts), config);
    }

    static JsonNode validAgainst(String jsonSchema, GenerateContentResponse response) throws Exception {
        String text = response.text();
        var errors = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(jsonSchema)
                .validate(text, InputFormat.JSON);
        assertTrue(errors.isEmpty(), errors + " in " + text);
        return JSON.readTree(text);
    }

    /** The API's OpenAPI subset as JSON Schema: lower-case types, nullable as a "null" type. */
    static String asJsonSchema(String openApi) throws Exception {
        return JSON.writeValueAsString(convert(JSON.readTree(openApi)));
    }

    private static JsonNode convert(JsonNode node) {
        ObjectNode out = JSON.createObjectNode();
        String type = node.path("type").asText("").toLowerCase();
        if (node.path("nullable").asBoolean(false)) {
            out.putArray("type").add(type).add("null");
        } else if (!type.isEmpty()) {
            out.put("type", type);
        }
        if (node.has("enum")) {
            ArrayNode values = out.putArray("enum");
            node.get("enum").forEach(values::add);
            if (node.path("nullable").asBoolean(false)) {
                values.addNull();
            }
        }
        if (node.has("required")) {
            out.set("required", node.get("required"));
        }
        if (node.has("items")) {
            out.set("items", convert(node.get("items")));
        }
        if (node.has("properties")) {
            ObjectNode properties = out.putObject("properties");
            for (Iterator<Map.Entry<String, JsonNode>> it = node.get("properties").fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> entry = it.next();
                properties.set(entry.getKey(), convert(entry.getValue()));
            }
            out.put("additionalProperties", false);
        }
        return out;
    }

    static GenerateContentConfig openApi(String schema) {
        return GenerateContentConfig.builder().responseMimeType("application/json").responseSchema(Schema.fromJson(schema))
                .build();
    }

    static GenerateContentConfig jsonSchema(String schema) throws Exception {
        return GenerateContentConfig.builder().responseMimeType("application/json")
                .responseJsonSchema(JSON.readValue(schema, Map.class)).build();
    }

    @Test
    void aCountSchemaIsFilledWithTheNumberCounted() throws Exception {
        String schema = "{\"type\":\"OBJECT\",\"properties\":{\"count\":{\"type\":\"INTEGER\"},\"label\":{\"type\":\"STRING\"}},"
                + "\"required\":[\"count\",\"label\"],\"propertyOrdering\":[\"count\",\"label\"]}";
        JsonNode answer = validAgainst(asJsonSchema(schema), ask(openApi(schema), image("photos/chelsea.png"),
                Part.fromText("How many cats are in this photo?")));
        assertEquals(1, answer.get("count").asInt(), answer.toString());
        assertEquals(List.of("count", "label"), iterable(answer.fieldNames()));
    }

    @Test
    void aListOfBoxesSchemaGetsOneItemPerShape() throws Exception {
        String schema = "{\"type\":\"ARRAY\",\"items\":{\"type\":\"OBJECT\",\"properties\":{\"box_2d\":{\"type\":\"ARRAY\","
                + "\"items\":{\"type\":\"INTEGER\"}},\"label\":{\"type\":\"STRING\"}},\"required\":[\"box_2d\",\"label\"]}}";
        JsonNode answer = validAgainst(asJsonSchema(schema), ask(openApi(schema), image("groundtruth/shapes.png"),
                Part.fromText("Detect every shape.")));
        assertTrue(answer.size() >= 3, answer.toString());
        answer.forEach(item -> assertEquals(4, item.get("box_2d").size(), item.toString()));
    }

    @Test
    void aJsonSchemaWithTypeListsAndAnEnumIsHonoured() throws Exception {
        String schema = "{\"type\":\"object\",\"properties\":{\"present\":{\"type\":\"boolean\"},\"animal\":{\"type\":"
                + "\"string\",\"enum\":[\"cat\",\"dog\",\"bird\"]},\"confidence\":{\"type\":[\"number\",\"null\"]}},"
                + "\"required\":[\"present\",\"animal\",\"confidence\"],\"additionalProperties\":false}";
        JsonNode answer = validAgainst(schema, ask(jsonSchema(schema), image("photos/chelsea.png"),
                Part.fromText("Is there a cat in this picture?")));
        assertTrue(answer.get("present").asBoolean(), answer.toString());
        assertEquals("cat", answer.get("animal").asText(), answer.toString());
    }

    @Test
    void aFieldThatCannotBeMeasuredIsNullAndReportedInAHeader() throws Exception {
        String schema = "{\"type\":\"OBJECT\",\"properties\":{\"mood\":{\"type\":\"STRING\",\"nullable\":true},"
                + "\"breed\":{\"type\":\"STRING\"}},\"required\":[\"mood\",\"breed\"]}";
        GenerateContentResponse response = ask(openApi(schema), image("photos/chelsea.png"),
                Part.fromText("What mood is the cat in, and what breed is it?"));
        JsonNode answer = validAgainst(asJsonSchema(schema), response);
        assertTrue(answer.get("mood").isNull(), answer.toString());
        String header = response.sdkHttpResponse().orElseThrow().headers().orElseThrow().entrySet().stream()
                .filter(e -> e.getKey().equalsIgnoreCase(Answers.UNMEASURED_HEADER)).map(Map.Entry::getValue)
                .findFirst().orElse("");
        assertTrue(header.contains("$.mood") && header.contains("$.breed"), header);
    }

    @Test
    void anEnumAnswerIsOneOfItsValuesAsPlainText() throws Exception {
        GenerateContentResponse response = ask(GenerateContentConfig.builder().responseMimeType("text/x.enum")
                .responseSchema(Schema.fromJson("{\"type\":\"STRING\",\"enum\":[\"dog\",\"cat\",\"bird\"]}")).build(),
                image("photos/chelsea.png"), Part.fromText("What animal is this?"));
        assertEquals("cat", response.text());
    }

    @Test
    void aJsonSchemaWithDefinitionsAndNestedObjectsIsValid() throws Exception {
        String schema = "{\"$defs\":{\"thing\":{\"type\":\"object\",\"properties\":{\"label\":{\"type\":\"string\"},"
                + "\"box_2d\":{\"type\":\"array\",\"items\":{\"type\":\"integer\"},\"minItems\":4,\"maxItems\":4}},"
                + "\"required\":[\"label\",\"box_2d\"]}},\"type\":\"object\",\"properties\":{\"objects\":{\"type\":"
                + "\"array\",\"items\":{\"$ref\":\"#/$defs/thing\"}},\"summary\":{\"type\":\"string\"},\"count\":"
                + "{\"type\":\"integer\",\"minimum\":0}},\"required\":[\"objects\",\"summary\",\"count\"]}";
        JsonNode answer = validAgainst(schema, ask(jsonSchema(schema), image("photos/astronaut.png"),
                Part.fromText("List the people and faces you find, with boxes.")));
        assertTrue(answer.get("objects").size() >= 1, answer.toString());
    }

    @Test
    void jsonModeWithoutASchemaGivesTheBoxListForAWhereQuestion() throws Exception {
        GenerateContentResponse response = ask(GenerateContentConfig.builder().responseMimeType("application/json")
                .build(), image("photos/chelsea.png"), Part.fromText("Where is the cat?"));
        JsonNode answer = JSON.readTree(response.text());
        assertTrue(answer.isArray() && answer.size() == 1, answer.toString());
        assertEquals("cat", answer.get(0).get("label").asText());
        assertEquals(4, answer.get(0).get("box_2d").size());
    }

    @Test
    void aSystemInstructionForASingleNumberIsHonoured() throws Exception {
        GenerateContentResponse response = ask(GenerateContentConfig.builder().systemInstruction(Content.fromParts(
                Part.fromText("Answer with a single number."))).build(), image("groundtruth/shapes.png"),
                Part.fromText("How many shapes are there?"));
        assertTrue(response.text().strip().matches("\\d+"), response.text());
    }

    @Test
    void aFollowUpTakesItsSubjectFromTheEarlierTurn() throws Exception {
        List<Content> turns = List.of(Content.builder().role("user").parts(image("photos/chelsea.png"),
                        Part.fromText("Is there a cat?")).build(),
                Content.builder().role("model").parts(Part.fromText("Yes: a cat.")).build(),
                Content.builder().role("user").parts(Part.fromText("What colour is it?")).build());
        String text = client.models.generateContent(SdkModelsTest.MODEL, turns, null).text();
        assertTrue(text.contains("The cat (") && text.contains("is mostly"), text);
    }

    @Test
    void whatCannotBeMeasuredIsSaidInOneLineOnTheQuestion() throws Exception {
        String text = ask(null, image("photos/astronaut.png"), Part.fromText("Is she wearing glasses?")).text();
        assertTrue(text.startsWith("**Cannot tell from what the local engine measures** (\"Is she wearing glasses?\")"),
                text);
        assertFalse(text.contains("no writer for this kind of request"), text);
    }

    private static <T> List<T> iterable(Iterator<T> it) {
        List<T> list = new java.util.ArrayList<>();
        it.forEachRemaining(list::add);
        return list;
    }
}
