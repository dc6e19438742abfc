package dev.visionbook.kernel;

import org.dflib.jjava.jupyter.channels.JupyterConnection;
import org.dflib.jjava.jupyter.channels.ShellChannel;
import org.dflib.jjava.jupyter.channels.ShellHandler;
import org.dflib.jjava.jupyter.channels.ShellReplyEnvironment;
import org.dflib.jjava.jupyter.kernel.KernelConnectionProperties;
import org.dflib.jjava.jupyter.messages.HMACGenerator;
import org.dflib.jjava.jupyter.messages.Message;
import org.zeromq.ZMQ;

/**
 * The shell or control channel, serving requests on a thread of its own.
 *
 * <p>Replaces the base library's loop for two reasons: that loop sleeps 50 ms between polls, which
 * would add up to 50 ms to every request, and a message with a missing or wrong signature throws out
 * of it and kills the channel for good. Here the poll blocks, and a badly signed or malformed
 * message is logged and dropped while the channel keeps serving.
 *
 * <p>Threading: one thread per channel reads, handles and replies; other threads only close it.
 */
final class RequestChannel extends ShellChannel {

    private static final int POLL_MILLIS = 100;

    private final JupyterConnection connection;
    private final boolean control;
    private volatile boolean running;
    private volatile Thread loop;

    RequestChannel(ZMQ.Context context, HMACGenerator hmac, boolean control, JupyterConnection connection) {
        super(context, hmac, control, connection);
        this.connection = connection;
        this.control = control;
    }

    @Override
    public void bind(KernelConnectionProperties properties) {
        int port = control ? properties.getControlPort() : properties.getShellPort();
        setLinger(1000);
        bind(formatAddress(properties.getTransport(), properties.getIp(), port));
        running = true;
        Thread thread = new Thread(this::serve, control ? "kernel-control" : "kernel-shell");
        thread.setDaemon(true);
        loop = thread;
        thread.start();
    }

    private void serve() {
        ZMQ.Poller poller = ctx.poller(1);
        poller.register(this, ZMQ.Poller.POLLIN);
        try {
            while (running) {
                if (poller.poll(POLL_MILLIS) > 0 && running) {
                    handleOne();
                }
            }
        } catch (RuntimeException e) {
            if (running) {
                logger.error("The {} channel stopped: {}", control ? "control" : "shell", e.toString());
            }
        } finally {
            poller.close();
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private void handleOne() {
        Message<?> message;
        try {
            message = readMessage();
        } catch (SecurityException e) {
            logger.warn("Rejected a message with a missing or wrong HMAC signature on the {} channel",
                    control ? "control" : "shell");
            return;
        } catch (RuntimeException e) {
            logger.warn("Dropped a malformed message on the {} channel: {}", control ? "control" : "shell", e.toString());
            return;
        }
        if (message == null) {
            return;
        }
        ShellHandler handler = connection.getHandler(message.getHeader().getType());
        if (handler == null) {
            logger.debug("No handler for {}", message.getHeader().getType().getName());
            return;
        }
        ShellReplyEnvironment env = connection.prepareReplyEnv(this, message);
        try {
            handler.handle(env, message);
        } catch (RuntimeException e) {
            logger.warn("Failed to handle {}: {}", message.getHeader().getType().getName(), e.toString());
        } finally {
            try {
                env.resolveDeferrals();
            } catch (RuntimeException e) {
                logger.warn("Could not send the deferred replies: {}", e.toString());
            }
        }
        if (env.isMarkedForShutdown()) {
            connection.close();
        }
    }

    @Override
    public void close() {
        running = false;
        Thread thread = loop;
        if (thread != null && thread != Thread.currentThread()) {
            try {
                // The loop notices within one poll; a cell still running on it is not waited for.
                thread.join(2L * POLL_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        super.close();
    }

    @Override
    public void waitUntilClose() {
        Thread thread = loop;
        if (thread != null && thread != Thread.currentThread()) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
