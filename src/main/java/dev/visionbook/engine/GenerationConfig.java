package dev.visionbook.engine;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Locale;

/**
 * The parts of {@code generationConfig} that shape the answer.
 *
 * @param responseMimeType {@code text/plain} (the default), {@code application/json}, or {@code text/x.enum}
 *     (one value of the schema's enum, as plain text)
 * @param schema the {@code responseSchema} (the API's OpenAPI subset) or {@code responseJsonSchema}
 *     (JSON Schema), or null
 * @param schemaDialect which of the two {@code schema} is
 */
public record GenerationConfig(String responseMimeType, JsonNode schema, SchemaDialect schemaDialect) {

    /** The two ways a request may give a response schema. */
    public enum SchemaDialect { OPENAPI, JSON_SCHEMA }

    public static final GenerationConfig DEFAULT = new GenerationConfig("text/plain", null, null);

    public GenerationConfig {
        responseMimeType = responseMimeType == null || responseMimeType.isBlank() ? "text/plain"
                : responseMimeType.strip().toLowerCase(Locale.ROOT);
    }

    /** Whether the answer must be JSON alone. */
    public boolean json() {
        return responseMimeType.equals("application/json");
    }

    /** Whether the answer must be one value of the schema's enum, as plain text ({@code text/x.enum}). */
    public boolean enumText() {
        return responseMimeType.equals("text/x.enum");
    }

    /** Whether a schema says what the JSON must look like. */
    public boolean hasSchema() {
        return schema != null && !schema.isNull() && !schema.isMissingNode();
    }
}
