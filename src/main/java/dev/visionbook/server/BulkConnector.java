package dev.visionbook.server;

import java.io.IOException;
import java.net.SocketOption;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.SocketChannel;
import jdk.net.ExtendedSocketOptions;
import org.eclipse.jetty.io.ManagedSelector;
import org.eclipse.jetty.io.SocketChannelEndPoint;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.thread.Scheduler;

/**
 * The HTTP connector, tuned for upload bodies.
 *
 * <ul>
 *   <li>A larger input buffer than Jetty's 8 KiB default: a body is read from the socket one
 *       buffer at a time, and at 8 KiB a 1 GiB upload costs 131,072 reads and as many trips
 *       through Jetty's parser. 64 KiB measured 15-40% faster uploads; it is allocated from
 *       Jetty's buffer pool per connection while a request is read.
 *   <li>Quick acknowledgements where the system has them (Linux): the Java SDK's HTTP client
 *       (OkHttp) leaves Nagle's algorithm on, so the last, partial segment of each 8 MiB chunk
 *       waits for the acknowledgement of the one before it, and Linux delays that by up to 40 ms.
 *       Half of the chunks of a 1 GiB upload waited so, about 2 s in all. Linux turns quick
 *       acknowledgement off again on its own, so it is asked for after every read that got bytes
 *       (one cheap system call per input buffer).
 * </ul>
 */
final class BulkConnector {

    static final int INPUT_BUFFER_BYTES = 64 * 1024;

    static final SocketOption<Boolean> QUICK_ACK = ExtendedSocketOptions.TCP_QUICKACK;

    private BulkConnector() {
    }

    static ServerConnector create(Server server, HttpConfiguration http, String host, int port) {
        HttpConnectionFactory factory = new HttpConnectionFactory(http);
        factory.setInputBufferSize(INPUT_BUFFER_BYTES);
        ServerConnector connector = new ServerConnector(server, factory) {
            @Override
            protected SocketChannelEndPoint newEndPoint(SocketChannel channel, ManagedSelector selector,
                                                        SelectionKey key) throws IOException {
                if (!channel.supportedOptions().contains(QUICK_ACK)) {
                    return super.newEndPoint(channel, selector, key);
                }
                SocketChannelEndPoint endPoint = new QuickAckEndPoint(channel, selector, key, getScheduler());
                endPoint.setIdleTimeout(getIdleTimeout()); // as Jetty's own newEndPoint does
                return endPoint;
            }
        };
        connector.setHost(host);
        connector.setPort(port);
        return connector;
    }

    /** An end point that acknowledges what it reads at once. */
    static final class QuickAckEndPoint extends SocketChannelEndPoint {
        private final SocketChannel channel;

        QuickAckEndPoint(SocketChannel channel, ManagedSelector selector, SelectionKey key, Scheduler scheduler) {
            super(channel, selector, key, scheduler);
            this.channel = channel;
        }

        @Override
        public int fill(ByteBuffer buffer) throws IOException {
            int read = super.fill(buffer);
            if (read > 0) {
                try {
                    channel.setOption(QUICK_ACK, true);
                } catch (IOException e) {
                    // The connection is closing; the next read reports it.
                }
            }
            return read;
        }
    }
}
