package dev.visionbook.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Whole-buffer reads that still hand over every byte that arrived before a dropped connection. */
class BodyReaderTest {

    /** Gives {@code good} bytes a few at a time, then fails like a dropped connection. */
    static InputStream droppingAfter(byte[] good) {
        return new InputStream() {
            int next;

            @Override
            public int read() {
                throw new UnsupportedOperationException();
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                if (next == good.length) {
                    throw new IOException("connection reset");
                }
                int n = Math.min(Math.min(len, 7), good.length - next);
                System.arraycopy(good, next, b, off, n);
                next += n;
                return n;
            }
        };
    }

    @Test
    void fillsWholeBuffersFromSmallReadsThenEnds() throws IOException {
        byte[] bytes = new byte[250];
        Arrays.fill(bytes, (byte) 3);
        BodyReader reader = new BodyReader(new ByteArrayInputStream(bytes) {
            @Override
            public synchronized int read(byte[] b, int off, int len) {
                return super.read(b, off, Math.min(len, 9)); // like a socket: short reads
            }
        });
        byte[] buffer = new byte[100];
        assertEquals(100, reader.fill(buffer));
        assertEquals(100, reader.fill(buffer));
        assertEquals(50, reader.fill(buffer));
        assertEquals(-1, reader.fill(buffer));
        assertEquals(-1, reader.fill(buffer));
    }

    @Test
    void bytesBeforeADropAreHandedOverBeforeTheFailure() throws IOException {
        byte[] good = new byte[130];
        for (int i = 0; i < good.length; i++) {
            good[i] = (byte) i;
        }
        BodyReader reader = new BodyReader(droppingAfter(good));
        byte[] buffer = new byte[100];
        assertEquals(100, reader.fill(buffer));
        assertArrayEquals(Arrays.copyOf(good, 100), buffer);
        assertEquals(30, reader.fill(buffer), "the partial buffer before the drop");
        assertArrayEquals(Arrays.copyOfRange(good, 100, 130), Arrays.copyOf(buffer, 30));
        assertThrows(IOException.class, () -> reader.fill(buffer), "then the failure");
    }
}
