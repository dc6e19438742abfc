package dev.visionbook.store;

/**
 * What a client declares when it starts an upload.
 *
 * @param requestedId the id the client chose (without {@code files/}), or null to generate one
 * @param displayName optional human name
 * @param mimeType declared MIME type
 * @param declaredSize size announced by the client, or -1 when unknown
 */
public record NewUpload(String requestedId, String displayName, String mimeType, long declaredSize) {
}
