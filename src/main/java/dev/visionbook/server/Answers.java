package dev.visionbook.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.visionbook.engine.LocalEngine;
import dev.visionbook.engine.Reply;
import dev.visionbook.engine.TokenCount;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** GenerateContentResponse bodies, whole or as server-sent events, shaped as the SDKs parse them. */
final class Answers {

    private Answers() {
    }

    /** Where a schema answer lists the fields it could not measure: a header, so the JSON stays valid. */
    static final String UNMEASURED_HEADER = "x-visionbook-unmeasured";

    static Map<String, Object> complete(Context ctx, String model, LocalEngine engine, PromptParts prompt) {
        Reply reply = engine.reply(prompt.request());
        unmeasured(ctx, reply);
        return response(model, reply.text(), true, engine.countTokens(prompt.parts()),
                engine.countTextTokens(reply.text()), responseId());
    }

    private static void unmeasured(Context ctx, Reply reply) {
        if (!reply.unmeasured().isEmpty()) {
            ctx.header(UNMEASURED_HEADER, String.join(", ", reply.unmeasured()));
        }
    }

    /** One event per paragraph; only the last carries finishReason and usage, as the service does. */
    static void stream(Context ctx, ObjectMapper json, String model, LocalEngine engine, PromptParts parts) {
        Reply reply = engine.reply(parts.request());
        String text = reply.text();
        TokenCount prompt = engine.countTokens(parts.parts());
        unmeasured(ctx, reply);
        // JSON goes whole: a client joining the pieces gets the same text, and none is cut mid-value.
        List<String> chunks = reply.json() ? List.of(text) : paragraphs(text);
        String id = responseId();
        ctx.status(200).contentType("text/event-stream");
        try {
            OutputStream out = ctx.res().getOutputStream();
            for (int i = 0; i < chunks.size(); i++) {
                boolean last = i == chunks.size() - 1;
                Map<String, Object> event = response(model, chunks.get(i), last, prompt,
                        engine.countTextTokens(text), id);
                out.write(("data: " + json.writeValueAsString(event) + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
                out.flush();
            }
        } catch (IOException e) {
            // The client went away mid-stream; there is nobody left to tell.
        }
    }

    static List<Map<String, Object>> details(TokenCount count) {
        return count.byModality().entrySet().stream()
                .map(entry -> Map.<String, Object>of("modality", entry.getKey(), "tokenCount", entry.getValue()))
                .toList();
    }

    private static Map<String, Object> response(String model, String text, boolean last, TokenCount prompt,
                                                int answerTokens, String id) {
        Map<String, Object> candidate = new LinkedHashMap<>();
        candidate.put("content", Map.of("parts", List.of(Map.of("text", text)), "role", "model"));
        if (last) {
            candidate.put("finishReason", "STOP");
        }
        candidate.put("index", 0);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("candidates", List.of(candidate));
        if (last) {
            Map<String, Object> usage = new LinkedHashMap<>();
            usage.put("promptTokenCount", prompt.total());
            usage.put("candidatesTokenCount", answerTokens);
            usage.put("totalTokenCount", prompt.total() + answerTokens);
            usage.put("promptTokensDetails", details(prompt));
            body.put("usageMetadata", usage);
        }
        body.put("modelVersion", model);
        body.put("responseId", id);
        return body;
    }

    private static List<String> paragraphs(String text) {
        List<String> chunks = new ArrayList<>();
        String[] pieces = text.split("(?<=\n\n)");
        for (String piece : pieces) {
            if (!piece.isEmpty()) {
                chunks.add(piece);
            }
        }
        return chunks.isEmpty() ? List.of("") : chunks;
    }

    private static String responseId() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 22);
    }
}
