package dev.visionbook.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.visionbook.media.MediaTypes;
import dev.visionbook.store.ChunkResult;
import dev.visionbook.store.FileState;
import dev.visionbook.store.FileStore;
import dev.visionbook.store.NewUpload;
import dev.visionbook.store.StoreException;
import dev.visionbook.store.StoredFile;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code POST /upload/{version}/files}: the resumable protocol the SDKs use (start, then
 * {@code upload} / {@code upload, finalize} chunks at offsets, {@code query}, {@code cancel}) and
 * the one-request multipart protocol of older clients. Bytes stream straight to the store.
 */
final class UploadRoutes {

    private static final Logger LOG = LoggerFactory.getLogger(UploadRoutes.class);
    private static final int MAX_DISPLAY_NAME = 512;
    private static final int MAX_METADATA_BYTES = 64 * 1024;

    private final FileStore store;
    private final ApiKeys keys;
    private final MediaProcessor processor;
    private final ObjectMapper json;

    UploadRoutes(FileStore store, ApiKeys keys, MediaProcessor processor, ObjectMapper json) {
        this.store = store;
        this.keys = keys;
        this.processor = processor;
        this.json = json;
    }

    void handle(Context ctx, String version) throws StoreException {
        String project = keys.project(ctx);
        String uploadId = ctx.queryParam("upload_id");
        String protocol = lower(ctx.header("X-Goog-Upload-Protocol"));
        String contentType = lower(ctx.header("Content-Type"));
        if (uploadId != null) {
            chunk(ctx, version, project, uploadId);
        } else if (protocol.equals("multipart") || contentType.startsWith("multipart/")) {
            MultipartUpload.receive(ctx, this, project, version);
        } else if (protocol.equals("resumable") && commands(ctx).contains("start")) {
            start(ctx, version, project);
        } else {
            throw ApiException.invalidArgument("Unsupported upload request: send X-Goog-Upload-Protocol: resumable"
                    + " with X-Goog-Upload-Command: start, or a multipart/related body.");
        }
    }

    private void start(Context ctx, String version, String project) throws StoreException {
        JsonNode file = metadata(readSmallBody(ctx));
        long declared = size(ctx.header("X-Goog-Upload-Header-Content-Length"), "X-Goog-Upload-Header-Content-Length");
        String mimeType = mimeType(file, ctx.header("X-Goog-Upload-Header-Content-Type"),
                ctx.header("X-Goog-Upload-File-Name"));
        String uploadId = store.startUpload(project, newUpload(file, mimeType, declared));
        ctx.header("X-Goog-Upload-URL", ctx.scheme() + "://" + ctx.host() + "/upload/" + version
                + "/files?upload_id=" + uploadId + "&upload_protocol=resumable");
        ctx.header("X-Goog-Upload-Status", "active");
        ctx.header("X-Goog-Upload-Chunk-Granularity", "262144");
        ctx.status(200).result("");
    }

    private void chunk(Context ctx, String version, String project, String uploadId) throws StoreException {
        Set<String> commands = commands(ctx);
        if (commands.contains("cancel")) {
            store.cancelUpload(project, uploadId);
            ctx.header("X-Goog-Upload-Status", "cancelled").result("");
            return;
        }
        if (commands.contains("query")) {
            // A client that lost the final answer learns here that the upload finished, and as what.
            java.util.Optional<StoredFile> finished = store.finishedFile(project, uploadId);
            if (finished.isPresent()) {
                ctx.header("X-Goog-Upload-Size-Received", Long.toString(finished.get().sizeBytes()));
                respondFinal(ctx, finished.get(), version);
                return;
            }
            long received = store.receivedBytes(project, uploadId);
            ctx.header("X-Goog-Upload-Status", "active");
            ctx.header("X-Goog-Upload-Size-Received", Long.toString(received)).result("");
            return;
        }
        if (!commands.contains("upload") && !commands.contains("finalize")) {
            throw ApiException.invalidArgument("Missing X-Goog-Upload-Command: use upload, \"upload, finalize\","
                    + " query or cancel.");
        }
        long offset = parseLong(ctx.header("X-Goog-Upload-Offset"), -1);
        if (offset < 0) {
            throw ApiException.invalidArgument("Missing or invalid X-Goog-Upload-Offset: send the byte offset"
                    + " of this chunk (the size received so far).");
        }
        ChunkResult result = write(project, uploadId, offset, body(ctx), commands.contains("finalize"));
        if (result.finished().isPresent()) {
            respondFinal(ctx, result.file(), version);
        } else {
            ctx.header("X-Goog-Upload-Status", "active");
            ctx.header("X-Goog-Upload-Size-Received", Long.toString(result.received())).result("");
        }
    }

    ChunkResult write(String project, String uploadId, long offset, InputStream bytes, boolean finish)
            throws StoreException {
        try {
            ChunkResult result = store.writeChunk(project, uploadId, offset, bytes, finish);
            result.finished().filter(file -> file.state() == FileState.PROCESSING).ifPresent(processor::submit);
            return result;
        } catch (IOException e) {
            // The reason names server files at times: it goes to the log, not to the caller.
            LOG.info("Upload {} chunk cut short: {}", uploadId, e.toString());
            throw ApiException.invalidArgument("The upload was interrupted before the chunk arrived in full."
                    + " Ask with X-Goog-Upload-Command: query and resume.");
        }
    }

    String newUploadId(String project, NewUpload upload) throws StoreException {
        return store.startUpload(project, upload);
    }

    void respondFinal(Context ctx, StoredFile file, String version) {
        ctx.header("X-Goog-Upload-Status", "final");
        ctx.json(Map.of("file", FileResource.of(file, Routes.apiRoot(ctx, version))));
    }

    NewUpload newUpload(JsonNode file, String mimeType, long declaredSize) {
        String displayName = text(file, "displayName");
        if (displayName != null && displayName.length() > MAX_DISPLAY_NAME) {
            throw ApiException.invalidArgument("displayName is " + displayName.length()
                    + " characters long; the limit is " + MAX_DISPLAY_NAME + ".");
        }
        long size = declaredSize >= 0 ? declaredSize : size(text(file, "sizeBytes"), "file.sizeBytes");
        return new NewUpload(text(file, "name"), displayName, mimeType, size);
    }

    /** The {@code file} object of {@code {"file": {...}}}, or an empty object; its fields of the File's types. */
    JsonNode metadata(byte[] body) {
        if (body.length == 0) {
            return json.createObjectNode();
        }
        JsonNode root = ProtoJson.parse(json, body);
        if (!root.isObject()) {
            throw ProtoJson.violation("", "Invalid JSON payload received. Expected an object at the top level, got "
                    + ProtoJson.shown(root) + ".");
        }
        JsonNode file = ProtoJson.message(root, "file", "File", "");
        if (file == null) {
            return json.createObjectNode();
        }
        for (String field : new String[] {"name", "displayName", "mimeType"}) {
            ProtoJson.scalar(file, field, ProtoJson.Scalar.TYPE_STRING, "file");
        }
        ProtoJson.scalar(file, "sizeBytes", ProtoJson.Scalar.TYPE_INT64, "file");
        return file;
    }

    static String mimeType(JsonNode file, String headerType, String fileName) {
        String declared = text(file, "mimeType");
        if (declared == null || declared.isBlank()) {
            declared = headerType;
        }
        if ((declared == null || declared.isBlank()) && fileName != null) {
            declared = MediaTypes.guessFromFileName(fileName).orElse(null);
        }
        if (declared == null || declared.isBlank()) {
            throw ApiException.invalidArgument("The upload has no MIME type: set file.mimeType (for example"
                    + " image/png or video/mp4).");
        }
        return declared.strip();
    }

    private static byte[] readSmallBody(Context ctx) {
        try (InputStream in = ctx.req().getInputStream()) {
            byte[] body = in.readNBytes(MAX_METADATA_BYTES + 1);
            if (body.length > MAX_METADATA_BYTES) {
                throw ApiException.invalidArgument("The upload metadata is larger than 64 KB.");
            }
            return body;
        } catch (IOException e) {
            throw ApiException.invalidArgument("The upload metadata could not be read: " + e.getMessage());
        }
    }

    private static InputStream body(Context ctx) {
        try {
            return ctx.req().getInputStream();
        } catch (IOException e) {
            throw ApiException.invalidArgument("The upload body could not be read: " + e.getMessage());
        }
    }

    private static Set<String> commands(Context ctx) {
        String header = ctx.header("X-Goog-Upload-Command");
        if (header == null) {
            return Set.of();
        }
        return Arrays.stream(header.split(",")).map(String::strip).map(String::toLowerCase)
                .collect(Collectors.toSet());
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static long parseLong(String text, long fallback) {
        if (text == null || text.isBlank()) {
            return fallback;
        }
        try {
            return Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    /** A declared size: absent is -1 (unknown); anything but a whole number of bytes is refused. */
    private static long size(String text, String field) {
        if (text == null || text.isBlank()) {
            return -1;
        }
        long size = parseLong(text, -2);
        if (size < -1) {
            throw ApiException.invalidArgument("Invalid value for " + field + ": '" + ProtoJson.abbreviate(text)
                    + "'. Give the file's size as a whole number of bytes.");
        }
        return size;
    }

    private static String lower(String text) {
        return text == null ? "" : text.strip().toLowerCase();
    }
}
