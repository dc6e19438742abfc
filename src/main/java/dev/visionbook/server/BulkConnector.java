package dev.visionbook.server;

import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;

/**
 * The HTTP connector, with a larger input buffer than Jetty's 8 KiB default: an upload body is
 * read from the socket one buffer at a time, and at 8 KiB a 1 GiB upload costs 131,072 reads and
 * as many trips through Jetty's parser. 64 KiB measured 15-40% faster uploads; it is allocated
 * from Jetty's buffer pool per connection while a request is read.
 */
final class BulkConnector {

    static final int INPUT_BUFFER_BYTES = 64 * 1024;

    private BulkConnector() {
    }

    static ServerConnector create(Server server, HttpConfiguration http, String host, int port) {
        HttpConnectionFactory factory = new HttpConnectionFactory(http);
        factory.setInputBufferSize(INPUT_BUFFER_BYTES);
        ServerConnector connector = new ServerConnector(server, factory);
        connector.setHost(host);
        connector.setPort(port);
        return connector;
    }
}
