package dev.visionbook.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.ReadableByteChannel;
import java.nio.channels.WritableByteChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Background flushes start the disk work early; the bytes count as durable only after the last force. */
class PartFlusherTest {

    @TempDir
    Path dir;

    @Test
    void makeDurableForcesAfterTheLastWriteAndLeavesNoFlushRunning() throws Exception {
        ExecutorService pool = Executors.newCachedThreadPool();
        try (RecordingChannel channel = new RecordingChannel(FileChannel.open(dir.resolve("part"),
                StandardOpenOption.CREATE, StandardOpenOption.WRITE))) {
            PartFlusher.Chunk chunk = new PartFlusher(pool).begin(channel);
            byte[] block = new byte[256 * 1024];
            long total = 0;
            for (int i = 0; i < 40; i++) {
                channel.write(ByteBuffer.wrap(block));
                total += block.length;
                chunk.wrote(block.length);
            }
            chunk.makeDurable();

            assertTrue(channel.forcedAt.size() >= 2, "background flushes ran: " + channel.forcedAt);
            // Forces are recorded as they finish: a background flush begun before the last write may
            // finish after the final force, so what counts is that one force covered every byte.
            assertTrue(channel.forcedAt.contains(total), "a force after the last write saw every byte: " + channel.forcedAt);
            assertEquals(0, channel.forcing.get(), "no flush still running once durable");
            assertTrue(channel.maxForcing.get() <= 2, "at most one background flush beside the final one");
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void smallChunksAreForcedOnlyOnce() throws Exception {
        ExecutorService pool = Executors.newCachedThreadPool();
        try (RecordingChannel channel = new RecordingChannel(FileChannel.open(dir.resolve("small"),
                StandardOpenOption.CREATE, StandardOpenOption.WRITE))) {
            PartFlusher.Chunk chunk = new PartFlusher(pool).begin(channel);
            channel.write(ByteBuffer.wrap(new byte[20_000]));
            chunk.wrote(20_000);
            chunk.makeDurable();
            assertEquals(List.of(20_000L), channel.forcedAt);
        } finally {
            pool.shutdown();
        }
    }

    /** A file channel that records, for each force, how many bytes had been written when it began. */
    static final class RecordingChannel extends FileChannel {
        final FileChannel file;
        final List<Long> forcedAt = new CopyOnWriteArrayList<>();
        final AtomicInteger forcing = new AtomicInteger();
        final AtomicInteger maxForcing = new AtomicInteger();

        RecordingChannel(FileChannel file) {
            this.file = file;
        }

        @Override
        public void force(boolean metaData) throws IOException {
            maxForcing.accumulateAndGet(forcing.incrementAndGet(), Math::max);
            try {
                long size = file.size();
                file.force(metaData);
                forcedAt.add(size);
            } finally {
                forcing.decrementAndGet();
            }
        }

        @Override
        public int write(ByteBuffer src) throws IOException {
            return file.write(src);
        }

        @Override
        public int read(ByteBuffer dst) throws IOException {
            return file.read(dst);
        }

        @Override
        public long read(ByteBuffer[] dsts, int offset, int length) throws IOException {
            return file.read(dsts, offset, length);
        }

        @Override
        public long write(ByteBuffer[] srcs, int offset, int length) throws IOException {
            return file.write(srcs, offset, length);
        }

        @Override
        public long position() throws IOException {
            return file.position();
        }

        @Override
        public FileChannel position(long newPosition) throws IOException {
            file.position(newPosition);
            return this;
        }

        @Override
        public long size() throws IOException {
            return file.size();
        }

        @Override
        public FileChannel truncate(long size) throws IOException {
            file.truncate(size);
            return this;
        }

        @Override
        public long transferTo(long position, long count, WritableByteChannel target) throws IOException {
            return file.transferTo(position, count, target);
        }

        @Override
        public long transferFrom(ReadableByteChannel src, long position, long count) throws IOException {
            return file.transferFrom(src, position, count);
        }

        @Override
        public int read(ByteBuffer dst, long position) throws IOException {
            return file.read(dst, position);
        }

        @Override
        public int write(ByteBuffer src, long position) throws IOException {
            return file.write(src, position);
        }

        @Override
        public MappedByteBuffer map(MapMode mode, long position, long size) throws IOException {
            return file.map(mode, position, size);
        }

        @Override
        public FileLock lock(long position, long size, boolean shared) throws IOException {
            return file.lock(position, size, shared);
        }

        @Override
        public FileLock tryLock(long position, long size, boolean shared) throws IOException {
            return file.tryLock(position, size, shared);
        }

        @Override
        protected void implCloseChannel() throws IOException {
            file.close();
        }
    }
}
