package dev.visionbook.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The hash follows a growing part file from a worker and ends with the digest of its bytes. */
class PartHasherTest {

    @TempDir
    Path folder;

    private final ExecutorService pool = Executors.newCachedThreadPool();

    @AfterEach
    void stopPool() {
        pool.shutdownNow();
    }

    @Test
    void followsTheFileChunkByChunkWhileItGrows() throws Exception {
        byte[] data = random(3 * PartHasher.READ_BYTES + 12_345, 1);
        Path part = folder.resolve("part");
        Files.createFile(part);
        PartHasher hasher = new PartHasher(part, pool);
        int chunk = 100_003; // not a multiple of the read size, so reads straddle chunk ends
        for (int at = 0; at < data.length; at += chunk) {
            int end = Math.min(data.length, at + chunk);
            Files.write(part, Arrays.copyOfRange(data, at, end), StandardOpenOption.APPEND);
            hasher.hashUpTo(end);
        }
        assertEquals(sha256(data), hasher.finish(data.length));
    }

    @Test
    void finishingAgainGivesTheSameDigest() throws Exception {
        byte[] data = random(50_000, 2);
        Path part = Files.write(folder.resolve("part"), data);
        PartHasher hasher = new PartHasher(part, pool);
        hasher.hashUpTo(data.length);
        String first = hasher.finish(data.length);
        assertEquals(first, hasher.finish(data.length), "a failed publish can finalize again");
        assertEquals(sha256(data), first);
    }

    @Test
    void afterARestartItCatchesUpFromTheFile() throws Exception {
        byte[] data = random(PartHasher.READ_BYTES + 7, 3);
        Path part = Files.write(folder.resolve("part"), data);
        // A new hasher (a restarted server) never saw the earlier chunks.
        assertEquals(sha256(data), new PartHasher(part, pool).finish(data.length));
    }

    @Test
    void hashesOnTheCallingThreadOnceThePoolIsShutDown() throws Exception {
        byte[] data = random(70_000, 4);
        Path part = Files.write(folder.resolve("part"), data);
        pool.shutdown();
        PartHasher hasher = new PartHasher(part, pool);
        hasher.hashUpTo(30_000);
        assertEquals(sha256(data), hasher.finish(data.length));
    }

    @Test
    void startsOverWhenTheWorkerCouldNotReadTheFile() throws Exception {
        byte[] data = random(10_000, 5);
        Path part = folder.resolve("part");
        PartHasher hasher = new PartHasher(part, pool);
        hasher.hashUpTo(data.length); // no file yet: the worker fails
        Files.write(part, data);
        assertEquals(sha256(data), hasher.finish(data.length));
    }

    @Test
    void aFileShorterThanRecordedIsAClearError() throws Exception {
        Path part = Files.write(folder.resolve("part"), random(1_000, 6));
        IOException error = assertThrows(IOException.class, () -> new PartHasher(part, pool).finish(2_000));
        assertTrue(error.getMessage().contains("ended at 1000 bytes"), error.getMessage());
    }

    private static byte[] random(int size, long seed) {
        byte[] data = new byte[size];
        new Random(seed).nextBytes(data);
        return data;
    }

    private static String sha256(byte[] data) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
    }
}
