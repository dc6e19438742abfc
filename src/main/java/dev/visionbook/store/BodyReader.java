package dev.visionbook.store;

import java.io.IOException;
import java.io.InputStream;

/**
 * Reads a request body in whole buffers, so that the file sees few large writes instead of one
 * per network read. A failure (a dropped connection) after some bytes arrived is held back until
 * the caller has stored those bytes: unlike {@link InputStream#readNBytes}, nothing that arrived
 * is lost, so the client can resume right after the last byte received.
 */
final class BodyReader {

    private final InputStream in;
    private IOException failure;
    private boolean ended;

    BodyReader(InputStream in) {
        this.in = in;
    }

    /**
     * Fills {@code buffer} until it is full or the body ends; returns the bytes read, or -1 at the
     * end of the body. Throws the held-back failure on the call after the bytes before it.
     */
    int fill(byte[] buffer) throws IOException {
        if (failure != null) {
            throw failure;
        }
        if (ended) {
            return -1;
        }
        int filled = 0;
        while (filled < buffer.length) {
            int read;
            try {
                read = in.read(buffer, filled, buffer.length - filled);
            } catch (IOException e) {
                if (filled == 0) {
                    throw e;
                }
                failure = e;
                return filled;
            }
            if (read == -1) {
                ended = true;
                break;
            }
            filled += read;
        }
        return filled == 0 && ended ? -1 : filled;
    }
}
