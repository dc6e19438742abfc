package dev.visionbook.server;

import io.javalin.Javalin;
import io.javalin.http.Context;
import java.util.List;

/**
 * The route table, path by path as the Gemini API reference lists them. Every path is served
 * under {@code v1} (Java SDK 2.x, JS SDK 3.x) and {@code v1beta} (older SDKs, JS SDK 2.x).
 */
final class Routes {

    static final List<String> VERSIONS = List.of("v1", "v1beta");

    private Routes() {
    }

    static void register(Javalin app, UploadRoutes uploads, FileRoutes files, ModelRoutes models, ApiKeys keys) {
        ModelListRoutes modelList = new ModelListRoutes(keys);
        for (String v : VERSIONS) {
            app.post("/upload/" + v + "/files", ctx -> uploads.handle(ctx, v));
            app.get("/" + v + "/files", ctx -> files.list(ctx, v));
            app.get("/" + v + "/files/{id}", ctx -> files.get(ctx, v));
            app.delete("/" + v + "/files/{id}", files::delete);
            app.post("/" + v + "/models/{modelAndMethod}", ctx -> models.handle(ctx, v));
            app.get("/" + v + "/models", modelList::list);
            app.get("/" + v + "/models/{model}", ctx -> modelList.get(ctx, v));
        }
    }

    /** For example {@code http://127.0.0.1:8080/v1beta}: the root that file URIs are under. */
    static String apiRoot(Context ctx, String version) {
        return ctx.scheme() + "://" + ctx.host() + "/" + version;
    }
}
