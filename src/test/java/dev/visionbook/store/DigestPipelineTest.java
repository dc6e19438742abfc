package dev.visionbook.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.MessageDigest;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;

/** Hashing on a worker gives the same digest, in order, with a fixed number of buffers. */
class DigestPipelineTest {

    static byte[] hashInPipeline(byte[] data, int bufferBytes, ExecutorService pool, Set<byte[]> buffersSeen)
            throws Exception {
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        DigestPipeline pipeline = new DigestPipeline(digest, bufferBytes, pool);
        int at = 0;
        while (at < data.length) {
            byte[] buffer = pipeline.buffer();
            buffersSeen.add(buffer);
            int n = Math.min(buffer.length, data.length - at);
            System.arraycopy(data, at, buffer, 0, n);
            pipeline.hash(buffer, n);
            at += n;
        }
        pipeline.finish();
        return digest.digest();
    }

    @Test
    void sameDigestAsHashingInlineWithAtMostThreeBuffers() throws Exception {
        byte[] data = new byte[1_000_003];
        new Random(7).nextBytes(data);
        ExecutorService pool = Executors.newCachedThreadPool();
        try {
            Set<byte[]> buffers = Collections.newSetFromMap(new IdentityHashMap<>());
            byte[] piped = hashInPipeline(data, 4096, pool, buffers);
            assertArrayEquals(MessageDigest.getInstance("SHA-256").digest(data), piped);
            assertTrue(buffers.size() <= DigestPipeline.BUFFERS, buffers.size() + " buffers");
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void hashesOnTheCallingThreadOnceThePoolIsShutDown() throws Exception {
        byte[] data = new byte[50_000];
        new Random(8).nextBytes(data);
        ExecutorService pool = Executors.newCachedThreadPool();
        pool.shutdown();
        Set<byte[]> buffers = Collections.newSetFromMap(new IdentityHashMap<>());
        assertArrayEquals(MessageDigest.getInstance("SHA-256").digest(data),
                hashInPipeline(data, 4096, pool, buffers));
    }
}
