package dev.visionbook.server;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** The resumable upload protocol spoken by hand, for the paths an SDK never takes. */
final class RawUploads {

    private final LocalServerExtension local;

    RawUploads(LocalServerExtension local) {
        this.local = local;
    }

    HttpResponse<String> start(String key, String metadataJson) throws IOException, InterruptedException {
        return local.send(local.request("/upload/v1beta/files")
                .header("x-goog-api-key", key)
                .header("X-Goog-Upload-Protocol", "resumable")
                .header("X-Goog-Upload-Command", "start")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(metadataJson)).build());
    }

    /** Starts an upload and returns the path and query of its upload URL. */
    String startedUrl(String key, String metadataJson) throws IOException, InterruptedException {
        HttpResponse<String> started = start(key, metadataJson);
        if (started.statusCode() != 200) {
            throw new AssertionError("start failed: " + started.statusCode() + " " + started.body());
        }
        URI url = URI.create(started.headers().firstValue("X-Goog-Upload-URL").orElseThrow());
        return url.getRawPath() + "?" + url.getRawQuery();
    }

    HttpResponse<String> chunk(String key, String url, String command, long offset, byte[] bytes)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = local.request(url)
                .header("x-goog-api-key", key)
                .header("X-Goog-Upload-Command", command)
                .POST(HttpRequest.BodyPublishers.ofByteArray(bytes));
        if (offset >= 0) {
            request.header("X-Goog-Upload-Offset", Long.toString(offset));
        }
        return local.send(request.build());
    }

    HttpResponse<String> upload(String key, String mimeType, byte[] bytes) throws IOException, InterruptedException {
        String url = startedUrl(key, "{\"file\":{\"mimeType\":\"" + mimeType + "\"}}");
        return chunk(key, url, "upload, finalize", 0, bytes);
    }

    long received(String key, String url) throws IOException, InterruptedException {
        HttpResponse<String> query = chunk(key, url, "query", -1, new byte[0]);
        return Long.parseLong(query.headers().firstValue("X-Goog-Upload-Size-Received").orElseThrow());
    }
}
