package dev.visionbook.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The store on its own: paging, names, state changes and what a restart finds. */
class FileStoreTest {

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

    StoredFile put(String project, String requestedId, byte[] bytes) throws Exception {
        String upload = store.startUpload(project, new NewUpload(requestedId, null, "text/plain", bytes.length));
        return store.writeChunk(project, upload, 0, new ByteArrayInputStream(bytes), true).file();
    }

    @Test
    void pagesAreCappedAtOneHundredAndWalkEveryFileOnce() throws Exception {
        for (int i = 0; i < 130; i++) {
            put("p", null, new byte[] {(byte) i});
        }
        FilePage first = store.list("p", 500, null);
        assertEquals(100, first.files().size());
        FilePage second = store.list("p", 500, first.nextPageToken());
        assertEquals(30, second.files().size());
        assertTrue(second.next().isEmpty());
        List<String> ids = new ArrayList<>();
        first.files().forEach(f -> ids.add(f.id()));
        second.files().forEach(f -> ids.add(f.id()));
        assertEquals(130, ids.stream().distinct().count());
        assertEquals(10, store.list("p", 0, null).files().size(), "default page size");
    }

    @Test
    void namesFollowTheServiceRules() throws Exception {
        assertEquals("a", put("p", "files/a", new byte[1]).id());
        assertEquals("x".repeat(40), put("p", "x".repeat(40), new byte[1]).id());
        for (String bad : List.of("-a", "a-", "A", "a_b", "x".repeat(41), "")) {
            StoreException e = assertThrows(StoreException.class, () -> put("p", bad, new byte[1]), bad);
            assertEquals(StoreException.Problem.INVALID_NAME, e.problem());
        }
        assertEquals("same", put("q", "same", new byte[1]).id());
        assertEquals("same", put("r", "same", new byte[1]).id(), "another project may use the same name");
    }

    @Test
    void processingOutcomeIsRecordedAndSurvivesReopening() throws Exception {
        store.close();
        store = FileStore.open(dir, StoreLimits.service(), Clock.systemUTC(),
                (content, mime) -> ContentInspector.Verdict.processing());
        StoredFile file = put("p", null, new byte[10]);
        assertEquals(List.of(file.id()), store.processing().stream().map(StoredFile::id).toList());

        store.finishProcessing(file, FileState.ACTIVE, null, Duration.ofMillis(12_500));
        store.close();
        store = FileStore.open(dir, StoreLimits.service(), Clock.systemUTC(), ContentInspector.ACCEPT_ALL);

        StoredFile reread = store.get("p", file.id());
        assertEquals(FileState.ACTIVE, reread.state());
        assertEquals(Duration.ofMillis(12_500), reread.videoDuration());
        assertTrue(store.processing().isEmpty());
    }

    @Test
    void deletedFileIsGoneWithItsBytes() throws Exception {
        StoredFile file = put("p", null, new byte[10]);
        Path content = store.content(file);
        assertTrue(content.toFile().exists());
        store.delete("p", file.id());
        assertTrue(!content.toFile().exists());
        assertEquals(StoreException.Problem.FILE_NOT_FOUND,
                assertThrows(StoreException.class, () -> store.get("p", file.id())).problem());
    }
}
