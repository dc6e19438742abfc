package dev.visionbook.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Restarts, crashes, dropped connections, expiry and concurrency. */
class DurabilityTest {

    static final String KEY = LocalServerExtension.KEY;

    final MutableClock clock = new MutableClock();

    @RegisterExtension
    final LocalServerExtension local = new LocalServerExtension(config -> config.withClock(clock));
    final RawUploads uploads = new RawUploads(local);

    String upload(byte[] bytes) throws Exception {
        var response = uploads.upload(KEY, "application/octet-stream", bytes);
        assertEquals(200, response.statusCode(), response.body());
        return ErrorPathsTest.JSON.readTree(response.body()).path("file").path("name").asText();
    }

    long count(Path dir) throws Exception {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).count();
        }
    }

    @Test
    void filesSurviveARestart() throws Exception {
        String name = upload("kept".getBytes(StandardCharsets.UTF_8));
        local.restart();
        assertEquals(200, local.get("/v1/" + name, KEY).statusCode());
    }

    @Test
    void droppedConnectionMidChunkLeavesNoFileAndTheUploadCanResume() throws Exception {
        byte[] content = new byte[100_000];
        new Random(13).nextBytes(content);
        String url = uploads.startedUrl(KEY, "{\"file\":{\"mimeType\":\"application/octet-stream\"}}");
        URI base = URI.create(local.baseUrl());
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            OutputStream out = socket.getOutputStream();
            out.write(("POST " + url + " HTTP/1.1\r\nHost: " + base.getHost() + "\r\nx-goog-api-key: " + KEY
                    + "\r\nX-Goog-Upload-Command: upload, finalize\r\nX-Goog-Upload-Offset: 0\r\n"
                    + "Content-Length: 100000\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(content, 0, 40_000);
            out.flush();
        }
        long received = 0;
        for (int i = 0; i < 100 && received == 0; i++) {
            Thread.sleep(50);
            received = uploads.received(KEY, url);
        }
        assertEquals("{}", local.get("/v1/files", KEY).body(), "nothing visible after the drop");
        assertTrue(received > 0 && received <= 40_000, "kept " + received);

        var done = uploads.chunk(KEY, url, "upload, finalize", received,
                Arrays.copyOfRange(content, (int) received, content.length));
        assertEquals(200, done.statusCode(), done.body());
        JsonNode file = ErrorPathsTest.JSON.readTree(done.body()).path("file");
        assertEquals(100_000, file.path("sizeBytes").asLong());
        assertEquals(sha256Hash(content), file.path("sha256Hash").asText(), "the hash covers the kept bytes and the rest");
    }

    /** The service's sha256Hash: the hex digest, base64-encoded. */
    private static String sha256Hash(byte[] content) throws Exception {
        String hex = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        return Base64.getEncoder().encodeToString(hex.getBytes(StandardCharsets.US_ASCII));
    }

    @Test
    void abandonedUploadAndBytesLeftByACrashAreSweptAway() throws Exception {
        String url = uploads.startedUrl(KEY, "{\"file\":{\"mimeType\":\"application/octet-stream\"}}");
        uploads.chunk(KEY, url, "upload", 0, new byte[1000]);
        // A crash between the rename of the bytes and their record leaves a blob nobody owns.
        Path orphan = local.dataDir().resolve("blobs").resolve("0123456789ab").resolve("orphan");
        Files.createDirectories(orphan.getParent());
        Files.write(orphan, new byte[10]);

        local.restart();
        assertFalse(Files.exists(orphan), "orphan blob removed at start");
        assertEquals(1000, uploads.received(KEY, url), "an interrupted upload survives a restart");

        clock.advance(Duration.ofHours(25));
        local.server().sweep();
        assertEquals(0, count(local.dataDir().resolve("uploads")));
        ErrorPathsTest.error(uploads.chunk(KEY, url, "query", -1, new byte[0]), 404, "NOT_FOUND");
    }

    @Test
    void filesExpireAfterFortyEightHours() throws Exception {
        String name = upload(new byte[] {1, 2, 3});
        clock.advance(Duration.ofHours(47));
        assertEquals(200, local.get("/v1/" + name, KEY).statusCode());
        clock.advance(Duration.ofHours(1));
        ErrorPathsTest.error(local.get("/v1/" + name, KEY), 403, "PERMISSION_DENIED");
        assertEquals("{}", local.get("/v1/files", KEY).body());
        assertEquals(1, local.server().sweep());
        assertEquals(0, count(local.dataDir().resolve("blobs")));
    }

    @Test
    void fiftyConcurrentUploadsAreAllKeptIntact() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(50);
        try {
            List<Future<JsonNode>> results = new ArrayList<>();
            List<byte[]> contents = new ArrayList<>();
            for (int i = 0; i < 50; i++) {
                byte[] bytes = new byte[20_000 + i * 97];
                new Random(i).nextBytes(bytes);
                contents.add(bytes);
                String key = i % 2 == 0 ? KEY : LocalServerExtension.OTHER_KEY;
                results.add(pool.submit(() -> ErrorPathsTest.JSON.readTree(
                        uploads.upload(key, "application/octet-stream", bytes).body()).path("file")));
            }
            Set<String> names = new HashSet<>();
            for (int i = 0; i < 50; i++) {
                JsonNode file = results.get(i).get();
                assertEquals(contents.get(i).length, file.path("sizeBytes").asLong());
                assertEquals(sha256Hash(contents.get(i)), file.path("sha256Hash").asText());
                names.add(file.path("name").asText());
            }
            assertEquals(50, names.size());
            assertEquals(50, count(local.dataDir().resolve("blobs")));
        } finally {
            pool.shutdownNow();
        }
    }
}
