package dev.visionbook.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

/**
 * Makes the bytes of a chunk durable without stalling on one large fsync at its end: while the
 * request thread keeps receiving, a background thread flushes what has been written so far, so
 * that the fsync that must precede the acknowledgement only has the last few bytes left to write.
 *
 * <p>Durability does not depend on the background flushes: {@link Chunk#makeDurable()} always
 * forces the file after the last write, and only then may the caller record or acknowledge the
 * bytes. The background flushes just start the disk work early.
 *
 * <p>Threading: one pool for the whole store; at most one background flush per chunk at a time.
 */
final class PartFlusher {

    /** Bytes written since the last background flush after which another one starts. */
    static final long STEP_BYTES = 1024 * 1024;

    private final ExecutorService pool;

    /** Flushes on {@code pool}, which its owner shuts down. */
    PartFlusher(ExecutorService pool) {
        this.pool = pool;
    }

    /** Starts tracking the writes of one chunk to {@code channel}. */
    Chunk begin(FileChannel channel) {
        return new Chunk(channel);
    }

    /** The writes of one chunk. Used by the thread that writes it. */
    final class Chunk {
        private final FileChannel channel;
        private long unflushed;
        private Future<?> running;

        private Chunk(FileChannel channel) {
            this.channel = channel;
        }

        /** Notes {@code bytes} more written; may start a background flush. */
        void wrote(long bytes) {
            unflushed += bytes;
            if (unflushed < STEP_BYTES || (running != null && !running.isDone())) {
                return;
            }
            unflushed = 0;
            try {
                running = pool.submit(this::flushQuietly);
            } catch (java.util.concurrent.RejectedExecutionException e) {
                running = null; // the store is closing: the final force still happens
            }
        }

        /**
         * Forces every byte written so far to disk and waits for the background flush: on return
         * the bytes are durable and the channel may be closed.
         */
        void makeDurable() throws IOException {
            channel.force(false);
            awaitBackground();
        }

        /** Waits for a background flush still running, e.g. before the channel is closed. */
        void awaitBackground() {
            if (running == null) {
                return;
            }
            try {
                running.get();
            } catch (ExecutionException e) {
                // flushQuietly throws nothing; and makeDurable forces again anyway
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            running = null;
        }

        private void flushQuietly() {
            try {
                channel.force(false);
            } catch (IOException e) {
                // The channel was closed (the chunk failed) or the disk refused: the final force in
                // makeDurable reports a real failure to the request that depends on it.
            }
        }
    }
}
