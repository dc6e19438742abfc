package dev.visionbook.kernel;

import java.util.ArrayList;
import java.util.List;
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
 * <p>On the shell channel it also keeps {@link StopOnError}: after a cell fails so, the execute
 * requests already queued are answered {@code aborted}.
 *
 * <p>Threading: one thread per channel reads, handles and replies; other threads only close it.
 */
final class RequestChannel extends ShellChannel {

    private static final int POLL_MILLIS = 100;

    private final JupyterConnection connection;
    private final boolean control;
    private final StopOnError stopOnError;
    private volatile boolean running;
    private volatile Thread loop;

    /** {@code stopOnError} is null on the control channel, which runs no cells. */
    RequestChannel(ZMQ.Context context, HMACGenerator hmac, boolean control, JupyterConnection connection,
            StopOnError stopOnError) {
        super(context, hmac, control, connection);
        this.connection = connection;
        this.control = control;
        this.stopOnError = stopOnError;
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

    private void handleOne() {
        Message<?> message = receive();
        if (message != null) {
            handle(message);
        }
    }

    /**
     * Everything already waiting on the socket. Taken after a cell failed with stop_on_error and
     * before its reply goes out: a request sent before the failure was seen is among them, one
     * sent after seeing it is not.
     */
    private List<Message<?>> takeQueued() {
        List<Message<?>> queued = new ArrayList<>();
        while (running && (getEvents() & ZMQ.Poller.POLLIN) != 0) {
            Message<?> message = receive();
            if (message != null) {
                queued.add(message);
            }
        }
        return queued;
    }

    /** IPython's rule: queued execute requests are answered "aborted", the other requests as usual, in order. */
    private void answerQueuedAfterFailure(List<Message<?>> queued) {
        for (Message<?> message : queued) {
            if (!running) {
                return;
            }
            if (StopOnError.isExecute(message)) {
                ShellReplyEnvironment env = connection.prepareReplyEnv(this, message);
                StopOnError.answerAborted(env);
                resolve(env);
            } else {
                handle(message);
            }
        }
    }

    /** The next message, or null when it was dropped (bad signature, malformed). */
    private Message<?> receive() {
        try {
            return readMessage();
        } catch (SecurityException e) {
            logger.warn("Rejected a message with a missing or wrong HMAC signature on the {} channel",
                    control ? "control" : "shell");
        } catch (RuntimeException e) {
            logger.warn("Dropped a malformed message on the {} channel: {}", control ? "control" : "shell", e.toString());
        }
        return null;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private void handle(Message<?> message) {
        ShellHandler handler = connection.getHandler(message.getHeader().getType());
        if (handler == null) {
            logger.debug("No handler for {}", message.getHeader().getType().getName());
            return;
        }
        ShellReplyEnvironment env = connection.prepareReplyEnv(this, message);
        List<Message<?>> abortable = List.of();
        try {
            handler.handle(env, message);
        } catch (RuntimeException | Error e) {
            // One request that fails, even with an Error, must not end the channel: the kernel would hang.
            logger.warn("Failed to handle {}: {}", message.getHeader().getType().getName(), e.toString());
        } finally {
            if (stopOnError != null && stopOnError.takeFailure()) {
                abortable = takeQueued();
            }
            resolve(env);
        }
        if (env.isMarkedForShutdown()) {
            connection.close();
            return;
        }
        answerQueuedAfterFailure(abortable);
    }

    private void resolve(ShellReplyEnvironment env) {
        try {
            env.resolveDeferrals();
        } catch (RuntimeException e) {
            logger.warn("Could not send the deferred replies: {}", e.toString());
        }
    }

    /** Replies carry a date to the microsecond ({@link MessageStamp}). */
    @Override
    public synchronized void sendMessage(Message<?> message) {
        super.sendMessage(MessageStamp.restamped(message));
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
