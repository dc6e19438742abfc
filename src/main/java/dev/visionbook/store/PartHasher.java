package dev.visionbook.store;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;

/**
 * An upload's running SHA-256, computed on a worker from the bytes of its part file that are
 * already durable and recorded, while the client sends the next chunks.
 *
 * <p>Why from the file and not from the request's buffers: the SDKs send a chunk, wait for its
 * answer, then send the next one. Hashing the buffers as they arrive made every chunk wait for
 * its last bytes to be hashed before it could be acknowledged, and a fixed set of buffers made the
 * receiving thread wait for the hash in the middle of a chunk too. Following the file, the hash
 * trails the upload by as much as it likes and runs through the gaps between chunks; only the
 * last chunk waits for it. Memory stays one read buffer per upload being hashed.
 *
 * <p>Bytes once recorded never change (a later chunk only truncates what is past the recorded
 * size), so the digest never has to be rebuilt. After a restart a new hasher starts from byte 0
 * and catches up from the file.
 *
 * <p>Threading: {@link #hashUpTo} and {@link #finish} are called under the upload's lock; the
 * worker runs on the store's pool, one at a time per upload.
 */
final class PartHasher {

    static final int READ_BYTES = 256 * 1024;

    private final Path part;
    private final Executor pool;
    private final MessageDigest digest = sha256();
    private final Object lock = new Object();
    /**
     * Bytes of the part file taken into {@link #digest}. Like the digest, written only by the worker
     * while {@link #running}, or by {@link #finish} while no worker runs; {@link #lock} orders the two.
     */
    private long hashed;
    /** Bytes of the part file known durable: the worker hashes up to here. */
    private long target;
    private boolean running;
    private boolean closed;
    private IOException failure;

    PartHasher(Path part, Executor pool) {
        this.part = part;
        this.pool = pool;
    }

    /** The first {@code durable} bytes of the part file are final: hash them in the background. */
    void hashUpTo(long durable) {
        synchronized (lock) {
            if (closed || durable <= target) {
                return;
            }
            target = durable;
            if (running) {
                return;
            }
            running = true;
        }
        try {
            pool.execute(this::work);
        } catch (RejectedExecutionException e) {
            synchronized (lock) {
                running = false; // the store is closing: finish hashes what is left on its own thread
                lock.notifyAll();
            }
        }
    }

    /**
     * Waits until the first {@code size} bytes are in the digest (hashing on this thread what the
     * worker did not reach) and returns their SHA-256 in hex. The running digest stays valid, so a
     * publish that fails after this can finish again.
     */
    String finish(long size) throws IOException {
        hashUpTo(size);
        MessageDigest done;
        synchronized (lock) {
            try {
                while (running) {
                    lock.wait();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("interrupted while hashing the upload");
            }
            if (failure != null) {
                // The worker could not read the file: start over here, and report it if it fails again.
                failure = null;
                digest.reset();
                hashed = 0;
            }
            if (hashed < size) {
                hashFile(size);
            }
            if (hashed != size) {
                throw new IOException("The part file of the upload has " + hashed + " bytes, not " + size);
            }
            done = clone(digest);
        }
        return HexFormat.of().formatHex(done.digest());
    }

    /** Stops hashing: the upload was cancelled or dropped. */
    void close() {
        synchronized (lock) {
            closed = true;
        }
    }

    private void work() {
        try (FileChannel channel = FileChannel.open(part, StandardOpenOption.READ)) {
            ByteBuffer buffer = ByteBuffer.allocate(READ_BYTES);
            while (true) {
                long to;
                synchronized (lock) {
                    if (closed || hashed >= target) {
                        running = false;
                        lock.notifyAll();
                        return;
                    }
                    to = target;
                }
                hashTo(channel, buffer, to);
            }
        } catch (IOException | RuntimeException e) {
            synchronized (lock) {
                failure = e instanceof IOException io ? io : new IOException(e);
                running = false;
                lock.notifyAll();
            }
        }
    }

    /** Hashes up to {@code size} on the calling thread; called holding {@link #lock} with no worker running. */
    private void hashFile(long size) throws IOException {
        try (FileChannel channel = FileChannel.open(part, StandardOpenOption.READ)) {
            hashTo(channel, ByteBuffer.allocate(READ_BYTES), size);
        }
    }

    /** Takes the part file's bytes from {@link #hashed} up to {@code to} into the digest. */
    private void hashTo(FileChannel channel, ByteBuffer buffer, long to) throws IOException {
        while (hashed < to) {
            int read = readAt(channel, buffer, hashed, (int) Math.min(READ_BYTES, to - hashed));
            digest.update(buffer.array(), 0, read);
            hashed += read;
        }
    }

    /** Reads exactly {@code length} bytes at {@code position} into the start of {@code buffer}. */
    private static int readAt(FileChannel channel, ByteBuffer buffer, long position, int length) throws IOException {
        buffer.clear().limit(length);
        while (buffer.hasRemaining()) {
            if (channel.read(buffer, position + buffer.position()) < 0) {
                throw new IOException("The part file ended at " + (position + buffer.position())
                        + " bytes, before the " + (position + length) + " recorded as received");
            }
        }
        return length;
    }

    private static MessageDigest clone(MessageDigest digest) {
        try {
            return (MessageDigest) digest.clone();
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException("SHA-256 digests of the Java runtime can be cloned", e);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
