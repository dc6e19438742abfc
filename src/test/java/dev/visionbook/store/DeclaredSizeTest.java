package dev.visionbook.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The size a client declares at the start is the size it publishes, or nothing is published. */
class DeclaredSizeTest {

    static final int MIB = 1024 * 1024;

    @TempDir
    Path dir;
    FileStore store;

    @BeforeEach
    void open() throws StoreException {
        store = FileStore.open(dir, StoreLimits.service(), Clock.systemUTC(), ContentInspector.ACCEPT_ALL);
    }

    @AfterEach
    void close() throws StoreException {
        store.close();
    }

    @Test
    void aFinalizeBeforeTheDeclaredSizeArrivedPublishesNothingAndTheRestCanFollow() throws Exception {
        String upload = store.startUpload("p", new NewUpload(null, null, "application/octet-stream", MIB));
        StoreException shortOf = assertThrows(StoreException.class,
                () -> store.writeChunk("p", upload, 0, new ByteArrayInputStream(new byte[MIB / 2]), true));
        assertEquals(StoreException.Problem.SIZE_MISMATCH, shortOf.problem());
        assertTrue(shortOf.getMessage().contains("declared as 1048576 bytes")
                && shortOf.getMessage().contains("only 524288 bytes arrived"), shortOf.getMessage());
        assertEquals(0, store.list("p", 10, null).files().size());

        assertEquals(MIB / 2, store.receivedBytes("p", upload), "what arrived is kept");
        StoredFile file = store.writeChunk("p", upload, MIB / 2, new ByteArrayInputStream(new byte[MIB / 2]), true).file();
        assertEquals(MIB, file.sizeBytes());
    }

    @Test
    void aChunkEndingPastTheDeclaredSizeIsDroppedWholeAndNothingIsPublished() throws Exception {
        String upload = store.startUpload("p", new NewUpload(null, null, "application/octet-stream", MIB));
        store.writeChunk("p", upload, 0, new ByteArrayInputStream(new byte[MIB / 2]), false);
        StoreException past = assertThrows(StoreException.class,
                () -> store.writeChunk("p", upload, MIB / 2, new ByteArrayInputStream(new byte[MIB]), true));
        assertEquals(StoreException.Problem.SIZE_MISMATCH, past.problem());
        assertTrue(past.getMessage().contains("declared as 1048576 bytes"), past.getMessage());
        assertEquals(0, store.list("p", 10, null).files().size());
        assertEquals(MIB / 2, store.receivedBytes("p", upload), "the chunk was not recorded");

        byte[] rest = UploadCrashTest.random(5, MIB / 2);
        StoredFile file = store.writeChunk("p", upload, MIB / 2, new ByteArrayInputStream(rest), true).file();
        assertEquals(MIB, file.sizeBytes());
        assertEquals(PublishCrashTest.sha256(new byte[MIB / 2], rest), file.sha256Hex(),
                "the dropped chunk's bytes left no trace in the digest");
    }
}
