package dev.visionbook.kernel;

import org.dflib.jjava.jupyter.kernel.KernelConnectionProperties;
import org.zeromq.SocketType;
import org.zeromq.ZMQ;

/**
 * The heartbeat channel: echoes every ping at once. The base library's echo sleeps 500 ms between
 * polls and can die with a stack trace when closed mid-poll; this one blocks in the poll and stops
 * cleanly.
 *
 * <p>Threading: one thread of its own echoes; {@link #close()} may be called from any thread.
 */
final class HeartbeatEcho {

    private static final int POLL_MILLIS = 100;

    private final ZMQ.Socket socket;
    private final ZMQ.Context context;
    private volatile boolean running;
    private Thread loop;

    HeartbeatEcho(ZMQ.Context context) {
        this.context = context;
        this.socket = context.socket(SocketType.REP);
        socket.setLinger(0);
    }

    void bind(KernelConnectionProperties properties) {
        socket.bind(properties.getTransport() + "://" + properties.getIp() + ":" + properties.getHbPort());
        running = true;
        loop = new Thread(this::echo, "kernel-heartbeat");
        loop.setDaemon(true);
        loop.start();
    }

    private void echo() {
        ZMQ.Poller poller = context.poller(1);
        poller.register(socket, ZMQ.Poller.POLLIN);
        try {
            while (running) {
                if (poller.poll(POLL_MILLIS) > 0 && running) {
                    byte[] ping = socket.recv(ZMQ.DONTWAIT);
                    if (ping != null) {
                        socket.send(ping, 0);
                    }
                }
            }
        } catch (RuntimeException e) {
            // Closed under us: nothing left to echo.
        } finally {
            poller.close();
        }
    }

    void close() {
        running = false;
        if (loop != null && loop != Thread.currentThread()) {
            try {
                loop.join(2L * POLL_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        socket.close();
    }
}
