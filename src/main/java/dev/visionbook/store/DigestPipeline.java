package dev.visionbook.store;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.security.MessageDigest;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;

/**
 * Feeds an upload's running SHA-256 on a worker thread, so that hashing one buffer overlaps with
 * receiving and writing the next: hashing costs about as much CPU as receiving, and on the request
 * thread it stalled the upload for its whole duration.
 *
 * <p>Memory stays constant: a chunk uses at most {@link #BUFFERS} buffers, allocated as needed and
 * recycled between the request thread (which fills them) and the worker (which hashes them in the
 * order they were handed over).
 *
 * <p>Use: {@link #buffer()}, fill it, {@link #hash}; always end with {@link #finish()}, after which
 * the digest covers every byte handed over and the worker is gone.
 */
final class DigestPipeline {

    static final int BUFFERS = 3;

    private record Slice(byte[] bytes, int length) {
    }

    private static final Slice END = new Slice(new byte[0], 0);

    private final MessageDigest digest;
    private final int bufferBytes;
    private final BlockingQueue<byte[]> free = new ArrayBlockingQueue<>(BUFFERS);
    private final BlockingQueue<Slice> full = new ArrayBlockingQueue<>(BUFFERS + 1);
    private final Future<?> worker;
    private int allocated;

    DigestPipeline(MessageDigest digest, int bufferBytes, ExecutorService pool) {
        this.digest = digest;
        this.bufferBytes = bufferBytes;
        Future<?> started;
        try {
            started = pool.submit(this::hashUntilEnd);
        } catch (RejectedExecutionException e) {
            started = null; // the store is closing: hash on the calling thread
        }
        this.worker = started;
    }

    /** A buffer to fill: a recycled one, a new one while fewer than {@link #BUFFERS} exist, or the next one the worker frees. */
    byte[] buffer() throws IOException {
        byte[] buffer = free.poll();
        if (buffer != null) {
            return buffer;
        }
        if (allocated < BUFFERS) {
            allocated++;
            return new byte[bufferBytes];
        }
        try {
            while ((buffer = free.poll(100, TimeUnit.MILLISECONDS)) == null) {
                if (worker.isDone()) {
                    throw new IllegalStateException("the hashing worker stopped before the upload ended");
                }
            }
            return buffer;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while waiting to hash the upload");
        }
    }

    /** Hands the first {@code length} bytes of {@code buffer} to the digest; the buffer comes back through {@link #buffer()}. */
    void hash(byte[] buffer, int length) throws IOException {
        if (worker == null) {
            digest.update(buffer, 0, length);
            free.add(buffer);
            return;
        }
        put(new Slice(buffer, length));
    }

    /** Gives back a buffer that was not filled. */
    void recycle(byte[] buffer) {
        free.offer(buffer);
    }

    /** Waits until every byte handed over is in the digest. */
    void finish() throws IOException {
        if (worker == null) {
            return;
        }
        put(END);
        try {
            worker.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while hashing the upload");
        } catch (ExecutionException e) {
            throw new IllegalStateException("hashing the upload failed", e.getCause());
        }
    }

    private void put(Slice slice) throws InterruptedIOException {
        try {
            full.put(slice); // never blocks for long: at most BUFFERS slices and END are queued
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while hashing the upload");
        }
    }

    private Void hashUntilEnd() throws InterruptedException {
        while (true) {
            Slice slice = full.take();
            if (slice == END) {
                return null;
            }
            digest.update(slice.bytes(), 0, slice.length());
            free.put(slice.bytes());
        }
    }
}
