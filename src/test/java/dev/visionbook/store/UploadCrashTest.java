package dev.visionbook.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a resumed upload finds after the process died: the size a query reports is the size that
 * was recorded after the bytes were forced, never more, and bytes that reached the part file after
 * the last record (a chunk cut short by the crash) are dropped before the upload goes on.
 */
class UploadCrashTest {

    @TempDir
    Path dir;

    @Test
    void queryAfterACrashReportsOnlyRecordedBytesAndTheUploadResumesFromThere() throws Exception {
        byte[] first = random(1, 300_000);
        byte[] rest = random(2, 123_456);
        FileStore before = FileStore.open(dir, StoreLimits.service(), Clock.systemUTC(), ContentInspector.ACCEPT_ALL);
        String upload = before.startUpload("p", new NewUpload(null, null, "application/octet-stream", -1));
        assertEquals(first.length, before.writeChunk("p", upload, 0, new ByteArrayInputStream(first), false).received());
        // The next chunk had written some bytes when the process died, before they were forced and recorded.
        Files.write(dir.resolve("uploads").resolve(upload + ".part"), random(3, 50_000), StandardOpenOption.APPEND);

        // A crash: the old store is never closed; a new process opens the same folder.
        FileStore after = FileStore.open(dir, StoreLimits.service(), Clock.systemUTC(), ContentInspector.ACCEPT_ALL);
        try {
            assertEquals(first.length, after.receivedBytes("p", upload), "only the recorded, durable bytes");
            StoredFile file = after.writeChunk("p", upload, first.length, new ByteArrayInputStream(rest), true).file();

            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(first);
            sha.update(rest);
            assertEquals(first.length + rest.length, file.sizeBytes());
            assertEquals(HexFormat.of().formatHex(sha.digest()), file.sha256Hex(), "the digest was rebuilt from disk");
            assertEquals(first.length + rest.length, Files.size(after.content(file)));
        } finally {
            after.close();
            before.close();
        }
    }

    static byte[] random(int seed, int size) {
        byte[] bytes = new byte[size];
        new Random(seed).nextBytes(bytes);
        return bytes;
    }
}
