package dev.visionbook.server;

import dev.visionbook.store.StoreException;
import io.javalin.http.Context;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place that turns typed errors into Google's error body and status code. A message never
 * names a folder of the server: the data folder, the temporary folder and the home folder are
 * replaced by a neutral word, whatever layer wrote the message.
 */
final class ApiErrors {

    private static final Logger LOG = LoggerFactory.getLogger(ApiErrors.class);

    private final List<String> hiddenFolders;

    /** @param dataDir the server's data folder, hidden from every message like the system's folders */
    ApiErrors(Path dataDir) {
        List<String> folders = new ArrayList<>();
        for (String folder : new String[] {dataDir.toAbsolutePath().normalize().toString(), realPath(dataDir),
                System.getProperty("java.io.tmpdir"), System.getProperty("user.home"), System.getProperty("user.dir")}) {
            if (folder != null && folder.length() > 1 && !folders.contains(folder)) {
                folders.add(folder.endsWith("/") ? folder.substring(0, folder.length() - 1) : folder);
            }
        }
        // the longest first, so that a data folder inside the home folder is hidden whole
        folders.sort(Comparator.comparingInt(String::length).reversed());
        this.hiddenFolders = List.copyOf(folders);
    }

    /** Renders {@code e} with every server folder taken out of its message. */
    void send(ApiException e, Context ctx) {
        String message = e.getMessage() == null ? "" : e.getMessage();
        String scrubbed = message;
        for (String folder : hiddenFolders) {
            scrubbed = scrubbed.replace(folder, "<server folder>");
        }
        render(scrubbed.equals(message) ? e : new ApiException(e.code(), e.status(), scrubbed, e.details()), ctx);
    }

    private static String realPath(Path dir) {
        try {
            return dir.toRealPath().toString();
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    static ApiException from(StoreException e) {
        return switch (e.problem()) {
            case FILE_NOT_FOUND -> new ApiException(403, "PERMISSION_DENIED", e.getMessage());
            case ALREADY_EXISTS -> new ApiException(409, "ALREADY_EXISTS", e.getMessage());
            case INVALID_NAME, WRONG_OFFSET, FILE_TOO_LARGE, SIZE_MISMATCH -> ApiException.invalidArgument(e.getMessage());
            case UPLOAD_NOT_FOUND -> ApiException.notFound(e.getMessage());
            case QUOTA_EXCEEDED, TOO_MANY_UPLOADS -> new ApiException(429, "RESOURCE_EXHAUSTED", e.getMessage());
            case STORAGE_FAILURE -> internal(e);
        };
    }

    /**
     * A fault of the server, never of the request. The details (which name files and folders of
     * the server) go to the log only; the caller gets the service's generic message.
     */
    static ApiException internal(Exception e) {
        LOG.error("Internal error", e);
        return new ApiException(500, "INTERNAL", "An internal error has occurred. Please retry; the local"
                + " server's log has the details.");
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
