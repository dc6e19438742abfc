package dev.visionbook.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.genai.types.File;
import com.google.genai.types.UploadFileConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A short file lifetime (serve --file-lifetime) shows expiry and blob removal in seconds, on the real clock. */
class FileLifetimeTest {

    @RegisterExtension
    final LocalServerExtension local = new LocalServerExtension(config -> config
            .withLimits(config.limits().withFileLifetime(Duration.ofSeconds(2))));

    long blobs() throws Exception {
        try (Stream<Path> all = Files.walk(local.dataDir().resolve("blobs"))) {
            return all.filter(Files::isRegularFile).count();
        }
    }

    @Test
    void aFileExpiresAfterTheConfiguredLifetimeAndItsBytesAreRemoved() throws Exception {
        File file = local.client().files.upload("short-lived".getBytes(),
                UploadFileConfig.builder().mimeType("text/plain").build());
        Duration lifetime = Duration.between(file.createTime().orElseThrow(), file.expirationTime().orElseThrow());
        assertEquals(Duration.ofSeconds(2), lifetime);
        String name = file.name().orElseThrow();
        assertEquals(200, local.get("/v1/" + name, LocalServerExtension.KEY).statusCode());
        assertEquals(1, blobs());

        Instant deadline = Instant.now().plusSeconds(20);
        while (local.get("/v1/" + name, LocalServerExtension.KEY).statusCode() == 200 && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
        }
        ErrorPathsTest.error(local.get("/v1/" + name, LocalServerExtension.KEY), 403, "PERMISSION_DENIED");
        while (blobs() > 0 && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
        }
        assertEquals(0, blobs(), "the scheduled sweep removed the blob without being asked");
        assertTrue(Instant.now().isBefore(deadline));
    }
}
