package dev.visionbook.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The answer as bare JSON, for a request whose {@code generationConfig.responseMimeType} is
 * {@code application/json}: the service then answers with JSON alone, and callers parse the text
 * directly. The engine's answers that hold a JSON block (boxes with labels) give that block; the
 * others are wrapped, Markdown and all, with a note saying why there is no schema-shaped value.
 */
final class JsonAnswer {

    static final String MIME_TYPE = "application/json";
    private static final Pattern FENCED_JSON = Pattern.compile("```json\\s*\\n(.*?)\\n```", Pattern.DOTALL);
    static final String NOTE = "The local visionbook engine answers from measurements, in Markdown; no language model runs"
            + " here to shape an answer as the prompt's JSON. Set GEMINI_API_KEY for the real service.";

    private JsonAnswer() {
    }

    /** Whether the request asks for JSON ({@code responseMimeType}, or the REST API's snake_case spelling). */
    static boolean requested(JsonNode request) {
        JsonNode config = request.has("generationConfig") ? request.get("generationConfig") : request.path("generation_config");
        JsonNode mime = config.has("responseMimeType") ? config.get("responseMimeType") : config.path("response_mime_type");
        return MIME_TYPE.equalsIgnoreCase(mime.asText("").strip());
    }

    static String of(String markdown, ObjectMapper json) {
        Matcher block = FENCED_JSON.matcher(markdown);
        if (block.find()) {
            try {
                json.readTree(block.group(1));
                return block.group(1).strip() + "\n"; // valid: kept as the engine laid it out, an object a line
            } catch (JsonProcessingException notJson) {
                // Not valid JSON after all: fall through and wrap the whole answer.
            }
        }
        Map<String, String> wrapped = new LinkedHashMap<>();
        wrapped.put("answer", markdown);
        wrapped.put("note", NOTE);
        try {
            return json.writerWithDefaultPrettyPrinter().writeValueAsString(wrapped);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Two strings could not be written as JSON", e);
        }
    }
}
