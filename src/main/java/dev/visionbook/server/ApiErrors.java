package dev.visionbook.server;

import dev.visionbook.store.StoreException;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The one place that turns typed errors into Google's error body and status code. */
final class ApiErrors {

    private static final Logger LOG = LoggerFactory.getLogger(ApiErrors.class);

    private ApiErrors() {
    }

    static ApiException from(StoreException e) {
        return switch (e.problem()) {
            case FILE_NOT_FOUND -> new ApiException(403, "PERMISSION_DENIED", e.getMessage());
            case ALREADY_EXISTS -> new ApiException(409, "ALREADY_EXISTS", e.getMessage());
            case INVALID_NAME, WRONG_OFFSET, FILE_TOO_LARGE -> ApiException.invalidArgument(e.getMessage());
            case UPLOAD_NOT_FOUND -> ApiException.notFound(e.getMessage());
            case QUOTA_EXCEEDED -> new ApiException(429, "RESOURCE_EXHAUSTED", e.getMessage());
            case STORAGE_FAILURE -> internal(e);
        };
    }

    static ApiException internal(Exception e) {
        LOG.error("Internal error", e);
        return new ApiException(500, "INTERNAL", "An internal error has occurred in the local server: "
                + e.getMessage());
    }

    static void render(ApiException e, Context ctx) {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("code", e.code());
        error.put("message", e.getMessage());
        error.put("status", e.status());
        if (!e.details().isEmpty()) {
            error.put("details", e.details());
        }
        ctx.status(e.code()).json(Map.of("error", error));
    }
}
