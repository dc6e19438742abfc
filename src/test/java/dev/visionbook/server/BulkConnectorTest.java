package dev.visionbook.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import org.eclipse.jetty.util.thread.ScheduledExecutorScheduler;
import org.junit.jupiter.api.Test;

/** The upload connector's end point asks for quick acknowledgement again after each read. */
class BulkConnectorTest {

    @Test
    void eachReadThatGotBytesTurnsQuickAcknowledgementBackOn() throws Exception {
        ScheduledExecutorScheduler scheduler = new ScheduledExecutorScheduler();
        scheduler.start();
        try (ServerSocketChannel listener = ServerSocketChannel.open()) {
            listener.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            try (SocketChannel client = SocketChannel.open(listener.getLocalAddress());
                 SocketChannel accepted = listener.accept()) {
                assumeTrue(accepted.supportedOptions().contains(BulkConnector.QUICK_ACK),
                        "quick acknowledgement is a Linux socket option");
                BulkConnector.QuickAckEndPoint endPoint =
                        new BulkConnector.QuickAckEndPoint(accepted, null, null, scheduler);
                // What Linux does on its own after a while: delayed acknowledgements again.
                accepted.setOption(BulkConnector.QUICK_ACK, false);
                assertFalse(accepted.getOption(BulkConnector.QUICK_ACK));

                client.write(ByteBuffer.wrap(new byte[] {1, 2, 3}));
                ByteBuffer buffer = ByteBuffer.allocate(16);
                buffer.flip(); // Jetty hands end points buffers in flush (read) mode
                int read = 0;
                while (read == 0) {
                    read = endPoint.fill(buffer);
                }
                assertEquals(3, read);
                assertTrue(accepted.getOption(BulkConnector.QUICK_ACK), "the read asked for quick acks again");
            }
        } finally {
            scheduler.stop();
        }
    }
}
