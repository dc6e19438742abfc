package dev.visionbook.server;

import com.fasterxml.jackson.databind.JsonNode;
import dev.visionbook.engine.GenerationConfig;

/**
 * The request's {@code generationConfig} as the engine reads it, in either spelling the API
 * accepts (camelCase, as the SDKs send, or the REST API's snake_case).
 */
final class ConfigReader {

    private ConfigReader() {
    }

    static GenerationConfig of(JsonNode request) {
        JsonNode config = field(request, "generationConfig", "generation_config");
        String mime = field(config, "responseMimeType", "response_mime_type").asText("");
        JsonNode jsonSchema = field(config, "responseJsonSchema", "response_json_schema");
        if (jsonSchema.isMissingNode() || jsonSchema.isNull()) {
            jsonSchema = field(config, "_responseJsonSchema", "_response_json_schema");
        }
        JsonNode schema = field(config, "responseSchema", "response_schema");
        if (!jsonSchema.isMissingNode() && !jsonSchema.isNull()) {
            return new GenerationConfig(mime, jsonSchema, GenerationConfig.SchemaDialect.JSON_SCHEMA);
        }
        if (!schema.isMissingNode() && !schema.isNull()) {
            return new GenerationConfig(mime, schema, GenerationConfig.SchemaDialect.OPENAPI);
        }
        return new GenerationConfig(mime, null, null);
    }

    private static JsonNode field(JsonNode node, String camel, String snake) {
        return node.has(camel) ? node.get(camel) : node.path(snake);
    }
}
