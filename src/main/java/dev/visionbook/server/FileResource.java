package dev.visionbook.server;

import dev.visionbook.store.FileState;
import dev.visionbook.store.StoredFile;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/** The File resource exactly as the SDKs parse it. */
final class FileResource {

    private FileResource() {
    }

    /** @param apiRoot for example {@code http://127.0.0.1:8080/v1beta}, used for the file's uri */
    static Map<String, Object> of(StoredFile file, String apiRoot) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("name", file.name());
        if (file.displayName() != null) {
            json.put("displayName", file.displayName());
        }
        json.put("mimeType", file.mimeType());
        json.put("sizeBytes", Long.toString(file.sizeBytes()));
        json.put("createTime", GoogleTimestamps.format(file.createTime()));
        json.put("updateTime", GoogleTimestamps.format(file.updateTime()));
        json.put("expirationTime", GoogleTimestamps.format(file.expirationTime()));
        // The service sends base64 of the hex digest; SDK users compare it the same way.
        json.put("sha256Hash", Base64.getEncoder().encodeToString(file.sha256Hex().getBytes(StandardCharsets.US_ASCII)));
        json.put("uri", apiRoot + "/" + file.name());
        json.put("state", file.state().name());
        json.put("source", "UPLOADED");
        file.measuredDuration().ifPresent(duration ->
                json.put("videoMetadata", Map.of("videoDuration", GoogleDurations.format(duration))));
        if (file.state() == FileState.FAILED) {
            json.put("error", Map.of("code", 400, "message", file.errorMessage() == null
                    ? "The file could not be processed." : file.errorMessage()));
        }
        return json;
    }
}
