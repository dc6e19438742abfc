package dev.visionbook.server;

import dev.visionbook.store.FilePage;
import dev.visionbook.store.FileStore;
import dev.visionbook.store.StoreException;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;

/** {@code files.get}, {@code files.list} and {@code files.delete}. */
final class FileRoutes {

    private final FileStore store;
    private final ApiKeys keys;

    FileRoutes(FileStore store, ApiKeys keys) {
        this.store = store;
        this.keys = keys;
    }

    void get(Context ctx, String version) throws StoreException {
        String project = keys.project(ctx);
        ctx.json(FileResource.of(store.get(project, ctx.pathParam("id")), Routes.apiRoot(ctx, version)));
    }

    void list(Context ctx, String version) throws StoreException {
        String project = keys.project(ctx);
        int pageSize = pageSize(ctx.queryParam("pageSize"));
        FilePage page = store.list(project, pageSize, ctx.queryParam("pageToken"));
        Map<String, Object> body = new LinkedHashMap<>();
        // The service answers an empty list with {}, and both SDKs expect exactly that.
        if (!page.files().isEmpty()) {
            String root = Routes.apiRoot(ctx, version);
            body.put("files", page.files().stream().map(file -> FileResource.of(file, root)).toList());
        }
        page.next().ifPresent(token -> body.put("nextPageToken", token));
        ctx.json(body);
    }

    void delete(Context ctx) throws StoreException {
        String project = keys.project(ctx);
        store.delete(project, ctx.pathParam("id"));
        ctx.json(Map.of());
    }

    private static int pageSize(String text) {
        if (text == null || text.isBlank()) {
            return 0;
        }
        try {
            int size = Integer.parseInt(text.strip());
            if (size < 0) {
                throw new NumberFormatException();
            }
            return size;
        } catch (NumberFormatException e) {
            throw ApiException.invalidArgument("Invalid pageSize '" + text + "': give a whole number from 1 to 100.");
        }
    }
}
