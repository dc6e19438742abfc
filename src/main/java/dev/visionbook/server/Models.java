package dev.visionbook.server;

import java.util.List;
import java.util.Map;

/** The models the local server answers for: any Gemini or Gemma name, since the engine is one. */
final class Models {

    static final List<String> LISTED = List.of("gemini-2.5-flash", "gemini-2.5-pro", "gemini-2.0-flash",
            "gemini-1.5-flash", "gemini-1.5-pro");

    private Models() {
    }

    static boolean known(String model) {
        return model.matches("(gemini|gemma)-[a-z0-9.\\-]+");
    }

    static Map<String, Object> describe(String model) {
        return Map.of("name", "models/" + model, "displayName", model + " (local visionbook engine)",
                "description", "Answers from local measurements; no language model runs here.",
                "inputTokenLimit", 1_048_576, "outputTokenLimit", 8192,
                "supportedGenerationMethods", List.of("generateContent", "streamGenerateContent", "countTokens"));
    }
}
