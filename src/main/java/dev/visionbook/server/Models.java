package dev.visionbook.server;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The service's models, pinned: the list {@code models.list} of the Gemini API answered when this
 * copy was made (December 2026), with each model's methods and token limits. The local engine
 * answers for all of them alike; a name not on the list is refused as the service refuses it, so
 * a typo is found here rather than against the real service.
 */
final class Models {

    /** One model as the service describes it. */
    record Model(String id, String version, String displayName, int inputTokenLimit, int outputTokenLimit,
                 List<String> methods, boolean thinking) {

        boolean serves(String method) {
            // Streaming is generateContent answered in pieces; the service lists only the latter.
            return methods.contains(method.equals("streamGenerateContent") ? "generateContent" : method);
        }
    }

    private static final List<String> GEMINI = List.of("generateContent", "countTokens", "createCachedContent",
            "batchGenerateContent");
    private static final List<String> GEMMA = List.of("generateContent", "countTokens");
    private static final List<String> EMBEDDING = List.of("embedContent", "countTextTokens", "countTokens",
            "asyncBatchEmbedContent");
    private static final int MILLION = 1_048_576;

    static final List<Model> PINNED = List.of(
            new Model("gemini-2.5-flash", "001", "Gemini 2.5 Flash", MILLION, 65_536, GEMINI, true),
            new Model("gemini-2.5-pro", "2.5", "Gemini 2.5 Pro", MILLION, 65_536, GEMINI, true),
            new Model("gemini-2.5-flash-lite", "001", "Gemini 2.5 Flash-Lite", MILLION, 65_536, GEMINI, true),
            new Model("gemini-2.0-flash", "2.0", "Gemini 2.0 Flash", MILLION, 8_192, GEMINI, false),
            new Model("gemini-2.0-flash-001", "2.0", "Gemini 2.0 Flash 001", MILLION, 8_192, GEMINI, false),
            new Model("gemini-2.0-flash-lite", "2.0", "Gemini 2.0 Flash-Lite", MILLION, 8_192, GEMINI, false),
            new Model("gemini-2.0-flash-lite-001", "2.0", "Gemini 2.0 Flash-Lite 001", MILLION, 8_192, GEMINI, false),
            new Model("gemini-flash-latest", "Gemini Flash Latest", "Gemini Flash Latest", MILLION, 65_536, GEMINI, true),
            new Model("gemini-flash-lite-latest", "Gemini Flash-Lite Latest", "Gemini Flash-Lite Latest", MILLION,
                    65_536, GEMINI, true),
            new Model("gemini-pro-latest", "Gemini Pro Latest", "Gemini Pro Latest", MILLION, 65_536, GEMINI, true),
            new Model("gemini-3-pro-preview", "3-pro-preview-11-2025", "Gemini 3 Pro Preview", MILLION, 65_536, GEMINI,
                    true),
            new Model("gemma-3-1b-it", "001", "Gemma 3 1B", 32_768, 8_192, GEMMA, false),
            new Model("gemma-3-4b-it", "001", "Gemma 3 4B", 32_768, 8_192, GEMMA, false),
            new Model("gemma-3-12b-it", "001", "Gemma 3 12B", 32_768, 8_192, GEMMA, false),
            new Model("gemma-3-27b-it", "001", "Gemma 3 27B", 131_072, 8_192, GEMMA, false),
            new Model("gemma-3n-e4b-it", "001", "Gemma 3n E4B", 8_192, 2_048, GEMMA, false),
            new Model("gemma-3n-e2b-it", "001", "Gemma 3n E2B", 8_192, 2_048, GEMMA, false),
            new Model("gemini-embedding-001", "001", "Gemini Embedding 001", 2_048, 1, EMBEDDING, false));

    private Models() {
    }

    static Optional<Model> find(String id) {
        String bare = id.startsWith("models/") ? id.substring("models/".length()) : id;
        return PINNED.stream().filter(model -> model.id().equals(bare)).findFirst();
    }

    /**
     * The model, if it exists and serves {@code method}; otherwise the service's 404, for example
     * "models/gemini-0.0-nope is not found for API version v1beta, or is not supported for
     * generateContent. Call ListModels to see the list of available models and their supported methods."
     */
    static Model require(String id, String method, String version) {
        return find(id).filter(model -> method.equals("get") || model.serves(method)).orElseThrow(() -> ApiException.notFound("models/"
                + ProtoJson.abbreviate(id) + " is not found for API version " + version + ", or is not supported for " + method
                + ". Call ListModels to see the list of available models and their supported methods."));
    }

    /** The Model resource of {@code models.get} and {@code models.list}. */
    static Map<String, Object> resource(Model model) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("name", "models/" + model.id());
        json.put("version", model.version());
        json.put("displayName", model.displayName());
        json.put("description", model.displayName() + ", as the Gemini API lists it. Served here by the local"
                + " visionbook engine, which answers from measurements of the media rather than a language model.");
        json.put("inputTokenLimit", model.inputTokenLimit());
        json.put("outputTokenLimit", model.outputTokenLimit());
        json.put("supportedGenerationMethods", model.methods());
        if (!model.methods().contains("embedContent")) {
            json.put("temperature", 1);
            json.put("topP", 0.95);
            json.put("topK", 64);
            json.put("maxTemperature", 2);
        }
        if (model.thinking()) {
            json.put("thinking", true);
        }
        return json;
    }
}
