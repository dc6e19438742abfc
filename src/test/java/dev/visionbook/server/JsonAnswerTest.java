package dev.visionbook.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.genai.types.Content;
import com.google.genai.types.GenerateContentConfig;
import com.google.genai.types.Part;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code responseMimeType: application/json}: the text of the answer is JSON and nothing else, as the service's is. */
class JsonAnswerTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @RegisterExtension
    final LocalServerExtension local = new LocalServerExtension();

    private JsonNode askForJson(String prompt) throws Exception {
        Part image = Part.fromBytes(Files.readAllBytes(Media.of("groundtruth/shapes.png")), "image/png");
        GenerateContentConfig config = GenerateContentConfig.builder().responseMimeType("application/json").build();
        String text = local.client().models.generateContent(SdkModelsTest.MODEL, Content.fromParts(image, Part.fromText(prompt)), config).text();
        return JSON.readTree(text);
    }

    @Test
    void boxesComeAsTheBareJsonList() throws Exception {
        JsonNode boxes = askForJson("Detect the objects. Give each a \"label\" and its \"box_2d\" as JSON.");
        assertTrue(boxes.isArray() && boxes.size() >= 3, boxes.toString());
        assertEquals(4, boxes.get(0).get("box_2d").size());
        assertTrue(boxes.get(0).get("label").isTextual());
    }

    @Test
    void otherAnswersAreWrappedWithANoteSayingWhy() throws Exception {
        JsonNode wrapped = askForJson("Describe this image.");
        assertTrue(wrapped.get("answer").asText().contains("red rectangle"), wrapped.toString());
        assertEquals(JsonAnswer.NOTE, wrapped.get("note").asText());
    }

    @Test
    void theSnakeCaseSpellingIsUnderstoodToo() throws Exception {
        assertTrue(JsonAnswer.requested(JSON.readTree("{\"generation_config\": {\"response_mime_type\": \"application/json\"}}")));
        assertTrue(!JsonAnswer.requested(JSON.readTree("{\"generationConfig\": {\"temperature\": 0.2}}")));
    }
}
