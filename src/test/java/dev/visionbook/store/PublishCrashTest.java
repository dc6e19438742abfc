package dev.visionbook.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.HexFormat;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * A crash at each step of publishing (the hook throws an Error, which the store does not clean up
 * after, just as a killed process would not), then a restart on the same folder: the upload either
 * resumes to the right file or is already published, exactly once, with the right bytes.
 */
class PublishCrashTest {

    /** Stands for the process dying at that instant. */
    static final class Crash extends Error {
        Crash(PublishHook.Step step) {
            super("simulated crash after " + step);
        }
    }

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(PublishHook.Step.class)
    void aCrashAtEachPublishingStepIsRecoveredAtStartAndTheUploadResumes(PublishHook.Step crashAt) throws Exception {
        byte[] first = UploadCrashTest.random(1, 200_000);
        byte[] last = UploadCrashTest.random(2, 54_321);
        String requested = crashAt.ordinal() % 2 == 0 ? null : "chosen-" + crashAt.ordinal();
        FileStore before = FileStore.open(dir, StoreLimits.service(), Clock.systemUTC(), ContentInspector.ACCEPT_ALL,
                step -> {
                    if (step == crashAt) {
                        throw new Crash(step);
                    }
                });
        String upload = before.startUpload("p", new NewUpload(requested, "clip", "application/octet-stream",
                first.length + last.length));
        before.writeChunk("p", upload, 0, new ByteArrayInputStream(first), false);
        assertThrows(Crash.class, () -> before.writeChunk("p", upload, first.length, new ByteArrayInputStream(last), true));

        FileStore after = FileStore.open(dir, StoreLimits.service(), Clock.systemUTC(), ContentInspector.ACCEPT_ALL);
        try {
            StoredFile file;
            if (crashAt == PublishHook.Step.COMMITTED) {
                // Committed before the crash, the answer lost: asking again tells the client the file.
                file = after.finishedFile("p", upload).orElseThrow();
                assertEquals(file, after.writeChunk("p", upload, first.length + last.length,
                        new ByteArrayInputStream(new byte[0]), true).file(), "the final chunk sent again");
                StoreException more = assertThrows(StoreException.class, () -> after.writeChunk("p", upload,
                        first.length + last.length, new ByteArrayInputStream(new byte[1]), true));
                assertEquals(StoreException.Problem.WRONG_OFFSET, more.problem());
            } else {
                assertTrue(after.finishedFile("p", upload).isEmpty());
                assertEquals(first.length + last.length, after.receivedBytes("p", upload),
                        "the client's query still sees every byte it sent");
                file = after.writeChunk("p", upload, first.length + last.length, new ByteArrayInputStream(new byte[0]),
                        true).file();
            }
            assertEquals(1, after.list("p", 10, null).files().size(), "published exactly once");
            if (requested != null) {
                assertEquals(requested, file.id());
            }
            assertEquals(first.length + last.length, file.sizeBytes());
            assertEquals(sha256(first, last), file.sha256Hex());
            assertEquals(file.sizeBytes(), Files.size(after.content(file)));
            assertEquals(sha256(Files.readAllBytes(after.content(file))), file.sha256Hex(), "the blob holds the bytes");
            try (Stream<Path> parts = Files.list(dir.resolve("uploads"))) {
                assertFalse(parts.findAny().isPresent(), "no part file left behind");
            }
        } finally {
            after.close();
            before.close();
        }
    }

    @Test
    void anUploadWhosePartFileVanishedIsDroppedRatherThanLoopingForever() throws Exception {
        FileStore before = FileStore.open(dir, StoreLimits.service(), Clock.systemUTC(), ContentInspector.ACCEPT_ALL);
        String upload = before.startUpload("p", new NewUpload(null, null, "application/octet-stream", -1));
        before.writeChunk("p", upload, 0, new ByteArrayInputStream(new byte[1000]), false);
        // What a crash of an older version between rename and commit left: a session without its bytes.
        Files.delete(dir.resolve("uploads").resolve(upload + ".part"));

        FileStore after = FileStore.open(dir, StoreLimits.service(), Clock.systemUTC(), ContentInspector.ACCEPT_ALL);
        try {
            StoreException gone = assertThrows(StoreException.class, () -> after.receivedBytes("p", upload));
            assertEquals(StoreException.Problem.UPLOAD_NOT_FOUND, gone.problem());
            assertTrue(gone.getMessage().contains("start the upload again"), gone.getMessage());
        } finally {
            after.close();
            before.close();
        }
    }

    static String sha256(byte[]... parts) throws Exception {
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        for (byte[] part : parts) {
            sha.update(part);
        }
        return HexFormat.of().formatHex(sha.digest());
    }
}
