package dev.visionbook.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.genai.Client;
import com.google.genai.errors.ClientException;
import com.google.genai.types.File;
import com.google.genai.types.ListFilesConfig;
import com.google.genai.types.UploadFileConfig;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The File API through the official Java SDK, end to end on a real socket. */
class SdkFilesTest {

    @RegisterExtension
    final LocalServerExtension local = new LocalServerExtension();

    @TempDir
    Path temp;

    @Test
    void uploadedImageIsActiveAtOnceWithEveryFieldTheSdkReads() throws Exception {
        Path image = Media.of("groundtruth/shapes.png");
        File file = local.client().files.upload(image.toString(),
                UploadFileConfig.builder().mimeType("image/png").displayName("Shapes").build());

        assertTrue(file.name().orElseThrow().matches("files/[a-z0-9]{12}"), file.name().orElseThrow());
        assertEquals("Shapes", file.displayName().orElseThrow());
        assertEquals("image/png", file.mimeType().orElseThrow());
        assertEquals(Files.size(image), file.sizeBytes().orElseThrow());
        assertEquals("ACTIVE", file.state().orElseThrow().toString());
        assertEquals("UPLOADED", file.source().orElseThrow().toString());
        assertTrue(file.uri().orElseThrow().endsWith("/" + file.name().orElseThrow()), file.uri().orElseThrow());
        Instant created = file.createTime().orElseThrow();
        assertEquals(Duration.ofHours(48), Duration.between(created, file.expirationTime().orElseThrow()));
        String hexDigest = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(image)));
        assertEquals(hexDigest, new String(Base64.getDecoder().decode(file.sha256Hash().orElseThrow()),
                StandardCharsets.US_ASCII));
    }

    @Test
    void uploadOverEightMebibytesArrivesInChunksWithEveryByteKept() throws Exception {
        byte[] bytes = new byte[9 * 1024 * 1024 + 123];
        new Random(7).nextBytes(bytes);
        Path big = Files.write(temp.resolve("big.bin"), bytes);

        File file = local.client().files.upload(big.toString(),
                UploadFileConfig.builder().mimeType("application/octet-stream").build());

        assertEquals(bytes.length, file.sizeBytes().orElseThrow());
        String hex = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        assertEquals(hex, new String(Base64.getDecoder().decode(file.sha256Hash().orElseThrow()),
                StandardCharsets.US_ASCII));
        String id = file.name().orElseThrow().substring("files/".length());
        assertTrue(Files.walk(local.dataDir().resolve("blobs")).anyMatch(p -> p.getFileName().toString().equals(id)));
    }

    @Test
    void fileIsReadListedInPagesAndDeleted() throws Exception {
        Client client = local.client();
        List<String> uploaded = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            uploaded.add(client.files.upload(Media.of("groundtruth/shapes.jpg").toString(),
                    UploadFileConfig.builder().mimeType("image/jpeg").displayName("shape " + i).build())
                    .name().orElseThrow());
        }
        File fetched = client.files.get(uploaded.get(2), null);
        assertEquals("shape 2", fetched.displayName().orElseThrow());

        List<String> listed = new ArrayList<>();
        client.files.list(ListFilesConfig.builder().pageSize(2).build())
                .forEach(file -> listed.add(file.name().orElseThrow()));
        assertEquals(List.of(uploaded.get(4), uploaded.get(3), uploaded.get(2), uploaded.get(1), uploaded.get(0)),
                listed, "newest first, across three pages");

        client.files.delete(uploaded.get(0), null);
        ClientException gone = assertThrows(ClientException.class, () -> client.files.get(uploaded.get(0), null));
        assertEquals(403, gone.code());
        assertTrue(gone.getMessage().contains("or it may not exist"), gone.getMessage());
    }

    @Test
    void emptyListComesBackEmptyThroughTheSdk() {
        List<File> files = new ArrayList<>();
        local.client().files.list(null).forEach(files::add);
        assertTrue(files.isEmpty());
    }

    @Test
    void olderV1betaPathsServeTheSameFiles() {
        File file = local.client(LocalServerExtension.KEY, "v1beta").files.upload(
                Media.of("photos/tux.lossless.webp").toString(),
                UploadFileConfig.builder().mimeType("image/webp").build());
        File again = local.client().files.get(file.name().orElseThrow(), null);
        assertEquals(file.sha256Hash(), again.sha256Hash());
        assertTrue(file.uri().orElseThrow().contains("/v1beta/files/"));
    }

    @Test
    void filesOfOneKeyAreInvisibleToAnother() {
        File file = local.client().files.upload(Media.of("groundtruth/shapes.png").toString(),
                UploadFileConfig.builder().mimeType("image/png").build());
        Client other = local.client(LocalServerExtension.OTHER_KEY, "v1");

        ClientException denied = assertThrows(ClientException.class,
                () -> other.files.get(file.name().orElseThrow(), null));
        assertEquals(403, denied.code());
        List<File> seen = new ArrayList<>();
        other.files.list(null).forEach(seen::add);
        assertTrue(seen.isEmpty());
        assertThrows(ClientException.class, () -> other.files.delete(file.name().orElseThrow(), null));
        assertEquals("ACTIVE", local.client().files.get(file.name().orElseThrow(), null).state().orElseThrow().toString());
    }

    @Test
    void clientChosenNameIsKeptAndABadOneIsRefused() {
        Client client = local.client();
        File named = client.files.upload(Media.of("groundtruth/shapes.png").toString(),
                UploadFileConfig.builder().mimeType("image/png").name("my-shapes-01").build());
        assertEquals("files/my-shapes-01", named.name().orElseThrow());

        ClientException bad = assertThrows(ClientException.class, () -> client.files.upload(
                Media.of("groundtruth/shapes.png").toString(),
                UploadFileConfig.builder().mimeType("image/png").name("Not_Valid-").build()));
        assertEquals(400, bad.code());
        assertTrue(bad.getMessage().contains("lowercase letters"), bad.getMessage());
    }

    @Test
    void textFileCalledCatJpgEndsFailedWithAReason() throws Exception {
        Path fake = Files.writeString(temp.resolve("cat.jpg"), "this is not a cat, it is text\n");
        File file = local.client().files.upload(fake.toString(),
                UploadFileConfig.builder().mimeType("image/jpeg").build());

        assertEquals("FAILED", file.state().orElseThrow().toString());
        String reason = file.error().orElseThrow().message().orElseThrow();
        assertTrue(reason.contains("declared as image/jpeg"), reason);
        assertFalse(reason.contains("Exception"), reason);
    }
}
