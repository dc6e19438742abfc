package dev.visionbook.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Unfinished uploads hold quota as the service counts it, and a project may hold only so many. */
class UnfinishedUploadsTest {

    @TempDir
    Path dir;
    FileStore store;

    @BeforeEach
    void open() throws StoreException {
        StoreLimits limits = StoreLimits.service().withMaxProjectBytes(10_000).withMaxOpenUploads(3);
        store = FileStore.open(dir, limits, Clock.systemUTC(), ContentInspector.ACCEPT_ALL);
    }

    @AfterEach
    void close() throws StoreException {
        store.close();
    }

    String start(long declared) throws StoreException {
        return store.startUpload("p", new NewUpload(null, null, "application/octet-stream", declared));
    }

    @Test
    void aDeclaredButUnfinishedUploadHoldsItsSizeAgainstTheQuota() throws Exception {
        start(8_000);
        StoreException full = assertThrows(StoreException.class, () -> start(3_000));
        assertEquals(StoreException.Problem.QUOTA_EXCEEDED, full.problem());
        start(2_000);
    }

    @Test
    void bytesOfAnUploadOfUnknownSizeCountAsTheyArrive() throws Exception {
        String first = start(-1);
        store.writeChunk("p", first, 0, new ByteArrayInputStream(new byte[6_000]), false);
        String second = start(-1);
        StoreException full = assertThrows(StoreException.class,
                () -> store.writeChunk("p", second, 0, new ByteArrayInputStream(new byte[5_000]), false));
        assertEquals(StoreException.Problem.QUOTA_EXCEEDED, full.problem());
        assertEquals(0, store.receivedBytes("p", second), "the chunk over the quota was not recorded");

        store.cancelUpload("p", first);
        store.writeChunk("p", second, 0, new ByteArrayInputStream(new byte[5_000]), true);
    }

    @Test
    void bogusUploadIdsLeaveNothingInMemory() throws Exception {
        for (int i = 0; i < 1000; i++) {
            String bogus = "bogus-" + i;
            assertThrows(StoreException.class, () -> store.writeChunk("p", bogus, 0, new ByteArrayInputStream(new byte[1]), true));
            assertThrows(StoreException.class, () -> store.cancelUpload("p", bogus));
            assertThrows(StoreException.class, () -> store.receivedBytes("p", bogus));
        }
        assertEquals(0, store.uploadLocksHeld());
        String real = start(-1);
        store.writeChunk("p", real, 0, new ByteArrayInputStream(new byte[10]), false);
        assertEquals(1, store.uploadLocksHeld());
        store.writeChunk("p", real, 10, new ByteArrayInputStream(new byte[0]), true);
        assertEquals(0, store.uploadLocksHeld(), "a finished upload lets go of its lock");
    }

    @Test
    void aProjectHoldsAtMostItsLimitOfUnfinishedUploads() throws Exception {
        String first = start(-1);
        start(-1);
        start(-1);
        StoreException many = assertThrows(StoreException.class, () -> start(-1));
        assertEquals(StoreException.Problem.TOO_MANY_UPLOADS, many.problem());
        assertEquals(StoreException.Problem.UPLOAD_NOT_FOUND, assertThrows(StoreException.class,
                () -> store.cancelUpload("p", "bogus-upload-id")).problem());

        store.cancelUpload("p", first);
        start(-1);
        store.startUpload("other", new NewUpload(null, null, "text/plain", -1));
    }
}
