package dev.visionbook.server;

import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * API keys: each known key is its own project. The project id is a hash of the key, so the key
 * itself is never written to disk.
 */
final class ApiKeys {

    private static final List<Map<String, Object>> KEY_INVALID_DETAILS = List.of(Map.of(
            "@type", "type.googleapis.com/google.rpc.ErrorInfo",
            "reason", "API_KEY_INVALID",
            "domain", "googleapis.com",
            "metadata", Map.of("service", "generativelanguage.googleapis.com")));

    private final Set<String> keys;

    ApiKeys(Set<String> keys) {
        this.keys = Set.copyOf(keys);
    }

    /** The caller's project, from the {@code x-goog-api-key} header or the {@code key} parameter. */
    String project(Context ctx) {
        String key = ctx.header("x-goog-api-key");
        if (key == null || key.isBlank()) {
            key = ctx.queryParam("key");
        }
        if (key == null || key.isBlank()) {
            throw ApiException.permissionDenied("Method doesn't allow unregistered callers (callers without"
                    + " established identity). Please use API Key or other form of API consumer identity to call"
                    + " this API.");
        }
        if (!keys.contains(key)) {
            throw new ApiException(400, "INVALID_ARGUMENT", "API key not valid. Please pass a valid API key.",
                    KEY_INVALID_DETAILS);
        }
        return projectOf(key);
    }

    static String projectOf(String key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
