package dev.visionbook.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.visionbook.engine.LocalEngine;
import dev.visionbook.engine.TokenCount;
import dev.visionbook.store.FileStore;
import dev.visionbook.store.StoreException;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Map;

/**
 * {@code models/{model}:generateContent}, {@code :streamGenerateContent} and {@code :countTokens}.
 * The request is checked as the service checks it; the answer comes from the local engine.
 */
final class ModelRoutes {

    private final FileStore store;
    private final ApiKeys keys;
    private final LocalEngine engine;
    private final ObjectMapper json;
    private final long maxRequestBytes;
    private final Path scratch;

    ModelRoutes(FileStore store, ApiKeys keys, LocalEngine engine, ObjectMapper json, long maxRequestBytes,
                Path scratch) {
        this.store = store;
        this.keys = keys;
        this.engine = engine;
        this.json = json;
        this.maxRequestBytes = maxRequestBytes;
        this.scratch = scratch;
    }

    void handle(Context ctx, String version) throws StoreException {
        String project = keys.project(ctx);
        String target = ctx.pathParam("modelAndMethod");
        int colon = target.lastIndexOf(':');
        String model = colon < 0 ? target : target.substring(0, colon);
        String method = colon < 0 ? "" : target.substring(colon + 1);
        Models.require(model, method, version);
        JsonNode request = readRequest(ctx);
        RequestCheck.check(request, method);
        if (method.equals("countTokens") && request.has("generateContentRequest")) {
            request = request.get("generateContentRequest");
        }
        try (PromptParts prompt = PromptParts.resolve(request, store, project, scratch)) {
            switch (method) {
                case "generateContent" -> ctx.json(Answers.complete(model, engine, prompt.parts(), JsonAnswer.requested(request), json));
                case "streamGenerateContent" -> Answers.stream(ctx, json, model, engine, prompt.parts(), JsonAnswer.requested(request));
                case "countTokens" -> ctx.json(countTokens(engine.countTokens(prompt.parts())));
                default -> throw ApiException.notFound("Method '" + method + "' is not supported: use"
                        + " generateContent, streamGenerateContent or countTokens.");
            }
        }
    }

    private static Map<String, Object> countTokens(TokenCount count) {
        return Map.of("totalTokens", count.total(), "promptTokensDetails", Answers.details(count));
    }

    private JsonNode readRequest(Context ctx) {
        long declared = ctx.req().getContentLengthLong();
        if (declared > maxRequestBytes) {
            throw tooLarge();
        }
        try (InputStream in = ctx.req().getInputStream()) {
            byte[] body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxRequestBytes + 1));
            if (body.length > maxRequestBytes) {
                throw tooLarge();
            }
            if (body.length == 0) {
                throw ApiException.invalidArgument("The request has no body: send a JSON GenerateContentRequest.");
            }
            return ProtoJson.parse(json, body);
        } catch (IOException e) {
            throw ApiException.invalidArgument("Invalid JSON payload received. " + e.getMessage());
        }
    }

    private ApiException tooLarge() {
        return ApiException.invalidArgument("Request payload size exceeds the limit: " + maxRequestBytes
                + " bytes. Upload large images and videos with the File API and refer to them by uri.");
    }
}
