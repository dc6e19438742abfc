package dev.visionbook.wire;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;

/**
 * An upload a replay receives: its start request, and its bytes hashed as they arrive (kept in a
 * temporary file only when a local fallback may need to upload them again).
 *
 * <p>Threading: one chunk at a time, as the SDKs send them; methods are synchronized.
 */
final class ReplayUpload {

    final JsonNode start;
    final String mimeType;
    final String fileName;
    private final MessageDigest digest = PromptMeaning.digest();
    private final Path copy;
    private long size;
    private String sha256;

    ReplayUpload(JsonNode start, String mimeType, String fileName, boolean keepBytes) throws IOException {
        this.start = start;
        this.mimeType = mimeType;
        this.fileName = fileName;
        this.copy = keepBytes ? Files.createTempFile("visionbook-replay-", ".upload") : null;
        if (copy != null) {
            copy.toFile().deleteOnExit();
        }
    }

    synchronized void append(InputStream chunk) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        try (OutputStream out = copy == null ? OutputStream.nullOutputStream()
                : Files.newOutputStream(copy, java.nio.file.StandardOpenOption.APPEND)) {
            int n;
            while ((n = chunk.read(buffer)) > 0) {
                digest.update(buffer, 0, n);
                out.write(buffer, 0, n);
                size += n;
            }
        }
    }

    synchronized long size() {
        return size;
    }

    /** The SHA-256 (hex) of every byte received; ends the hashing. */
    synchronized String sha256() {
        if (sha256 == null) {
            sha256 = HexFormat.of().formatHex(digest.digest());
        }
        return sha256;
    }

    /** The bytes, for uploading again; only when kept. */
    Path copy() {
        return copy;
    }

    String displayName() {
        return start == null ? null : start.path("file").path("displayName").asText(null);
    }
}
