package dev.visionbook.server;

import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code models.list} and {@code models.get}, from the pinned list of {@link Models}. */
final class ModelListRoutes {

    private static final int DEFAULT_PAGE_SIZE = 50;
    private static final int MAX_PAGE_SIZE = 1000;

    private final ApiKeys keys;

    ModelListRoutes(ApiKeys keys) {
        this.keys = keys;
    }

    void get(Context ctx, String version) {
        keys.project(ctx);
        ctx.json(Models.resource(Models.require(ctx.pathParam("model"), "get", version)));
    }

    void list(Context ctx) {
        keys.project(ctx);
        int size = pageSize(ctx.queryParam("pageSize"));
        int from = start(ctx.queryParam("pageToken"));
        List<Models.Model> page = Models.PINNED.subList(Math.min(from, Models.PINNED.size()),
                Math.min(from + size, Models.PINNED.size()));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("models", page.stream().map(Models::resource).toList());
        if (from + size < Models.PINNED.size()) {
            body.put("nextPageToken", Base64.getUrlEncoder().withoutPadding()
                    .encodeToString(("models:" + (from + size)).getBytes(StandardCharsets.UTF_8)));
        }
        ctx.json(body);
    }

    private static int pageSize(String text) {
        if (text == null || text.isBlank()) {
            return DEFAULT_PAGE_SIZE;
        }
        try {
            int size = Integer.parseInt(text.strip());
            if (size < 0) {
                throw new NumberFormatException();
            }
            return size == 0 ? DEFAULT_PAGE_SIZE : Math.min(size, MAX_PAGE_SIZE);
        } catch (NumberFormatException e) {
            throw ApiException.invalidArgument("Invalid value at 'page_size' (TYPE_INT32), \"" + ProtoJson.abbreviate(text) + "\"");
        }
    }

    private static int start(String token) {
        if (token == null || token.isEmpty()) {
            return 0;
        }
        try {
            String text = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
            if (text.startsWith("models:")) {
                return Math.max(0, Integer.parseInt(text.substring("models:".length())));
            }
        } catch (IllegalArgumentException e) {
            // falls through to the error below (NumberFormatException is one)
        }
        throw ApiException.invalidArgument("Invalid page token '" + ProtoJson.abbreviate(token) + "': pass the nextPageToken"
                + " of the previous page unchanged.");
    }
}
