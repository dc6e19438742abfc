package dev.visionbook.server;

import com.fasterxml.jackson.databind.JsonNode;
import dev.visionbook.store.ChunkResult;
import dev.visionbook.store.StoreException;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import org.apache.commons.fileupload.FileItemIterator;
import org.apache.commons.fileupload.FileItemStream;
import org.apache.commons.fileupload.FileUpload;
import org.apache.commons.fileupload.FileUploadException;
import org.apache.commons.fileupload.UploadContext;

/**
 * The single-request upload of older clients ({@code @google/generative-ai}): a
 * {@code multipart/related} body whose first part is the JSON metadata and whose second part is
 * the file's bytes, streamed to the store as one final chunk.
 */
final class MultipartUpload {

    private MultipartUpload() {
    }

    static void receive(Context ctx, UploadRoutes routes, String project, String version) throws StoreException {
        try {
            FileItemIterator parts = new FileUpload().getItemIterator(requestOf(ctx));
            if (!parts.hasNext()) {
                throw missing();
            }
            JsonNode file;
            try (InputStream metadata = parts.next().openStream()) {
                file = routes.metadata(metadata.readNBytes(64 * 1024));
            }
            if (!parts.hasNext()) {
                throw missing();
            }
            FileItemStream media = parts.next();
            String mimeType = UploadRoutes.mimeType(file, media.getContentType(), media.getName());
            String uploadId = routes.newUploadId(project, routes.newUpload(file, mimeType, -1));
            ChunkResult result;
            try (InputStream bytes = media.openStream()) {
                result = routes.write(project, uploadId, 0, bytes, true);
            }
            routes.respondFinal(ctx, result.file(), version);
        } catch (FileUploadException | IOException e) {
            throw ApiException.invalidArgument("The multipart upload could not be read: " + e.getMessage());
        }
    }

    private static ApiException missing() {
        return ApiException.invalidArgument("A multipart upload needs two parts: the JSON metadata, then the"
                + " file's bytes.");
    }

    private static UploadContext requestOf(Context ctx) {
        return new UploadContext() {
            @Override
            public long contentLength() {
                return ctx.req().getContentLengthLong();
            }

            @Override
            public String getCharacterEncoding() {
                return ctx.req().getCharacterEncoding();
            }

            @Override
            public String getContentType() {
                return ctx.req().getContentType();
            }

            @Override
            public int getContentLength() {
                return ctx.req().getContentLength();
            }

            @Override
            public InputStream getInputStream() throws IOException {
                return ctx.req().getInputStream();
            }
        };
    }
}
