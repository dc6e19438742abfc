package dev.visionbook.wire;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;

/**
 * A request body as a cassette keeps it and a replay matches it: each {@code fileData} names its
 * file and that file's SHA-256 (so a new run's random file names do not matter), each
 * {@code inlineData} keeps its MIME type, SHA-256 and size instead of its bytes.
 */
final class PromptMeaning {

    private static final ObjectMapper JSON = new ObjectMapper();

    private PromptMeaning() {
    }

    /** The body as recorded: files by name and hash, inline bytes by hash. {@code hashes} maps file ids to SHA-256. */
    static JsonNode recorded(JsonNode body, Map<String, String> hashes) {
        if (body == null) {
            return null;
        }
        JsonNode copy = body.deepCopy();
        PromptFiles.eachObject(copy, node -> {
            ObjectNode part = (ObjectNode) node;
            if (part.get("fileData") instanceof ObjectNode file && file.path("fileUri").isTextual()) {
                String id = PromptFiles.id(file.get("fileUri").asText());
                ObjectNode kept = JSON.createObjectNode();
                kept.put("file", "files/" + id);
                if (hashes.containsKey(id)) {
                    kept.put("sha256", hashes.get(id));
                }
                if (file.has("mimeType")) {
                    kept.set("mimeType", file.get("mimeType"));
                }
                part.set("fileData", kept);
            }
            if (part.get("inlineData") instanceof ObjectNode inline && inline.path("data").isTextual()) {
                byte[] bytes = decode(inline.get("data").asText());
                inline.remove("data");
                inline.put("sha256", sha256(bytes));
                inline.put("sizeBytes", bytes.length);
            }
        });
        return copy;
    }

    /** What two requests must share to match: the recorded body without the names of files whose hash is known. */
    static JsonNode meaning(JsonNode recorded) {
        if (recorded == null) {
            return null;
        }
        JsonNode copy = recorded.deepCopy();
        PromptFiles.eachObject(copy, node -> {
            if (node.get("fileData") instanceof ObjectNode file && file.has("sha256")) {
                file.remove("file");
            }
        });
        return copy;
    }

    static String sha256(byte[] bytes) {
        return HexFormat.of().formatHex(digest().digest(bytes));
    }

    static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    private static byte[] decode(String base64) {
        try {
            return Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            return Base64.getUrlDecoder().decode(base64);
        }
    }
}
