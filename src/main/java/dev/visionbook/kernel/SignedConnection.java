package dev.visionbook.kernel;

import java.security.GeneralSecurityException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import org.dflib.jjava.jupyter.channels.IOPubChannel;
import org.dflib.jjava.jupyter.channels.JupyterConnection;
import org.dflib.jjava.jupyter.channels.ShellChannel;
import org.dflib.jjava.jupyter.channels.ShellReplyEnvironment;
import org.dflib.jjava.jupyter.kernel.KernelConnectionProperties;
import org.dflib.jjava.jupyter.messages.HMACGenerator;
import org.dflib.jjava.jupyter.messages.Message;
import org.dflib.jjava.jupyter.messages.MessageContext;
import org.dflib.jjava.jupyter.messages.publish.PublishStatus;
import org.zeromq.ZMQ;

/**
 * The five Jupyter sockets, bound to the connection file's address only, with shell and control
 * served by {@link RequestChannel} (signature-checked, no polling delay) and the heartbeat by
 * {@link HeartbeatEcho}, stdin by {@link FrontendStdin} (a wait for input that an interrupt ends).
 * IOPub is the base library's channel with {@link MessageStamp}'s dates, as every socket here has.
 *
 * <p>Threading: {@link #connect()} once, then any thread may {@link #close()} (idempotent);
 * {@link #waitUntilClose()} blocks until then.
 */
final class SignedConnection extends JupyterConnection {

    private final KernelConnectionProperties properties;
    // Our own context: the base class keeps its own private, and our sockets need one.
    private final ZMQ.Context context = ZMQ.context(1);
    private final HeartbeatEcho heartbeatEcho;
    private final RequestChannel shellRequests;
    private final RequestChannel controlRequests;
    private final StopOnError stopOnError = new StopOnError();
    private final FrontendStdin frontendStdin;
    private final IOPubChannel publisher;
    private final AtomicBoolean closing = new AtomicBoolean();
    private final CountDownLatch closed = new CountDownLatch(1);
    private boolean connected;

    SignedConnection(KernelConnectionProperties properties) throws GeneralSecurityException {
        super(properties);
        this.properties = properties;
        HMACGenerator hmac = properties.createHMACGenerator();
        heartbeatEcho = new HeartbeatEcho(context);
        shellRequests = new RequestChannel(context, hmac, false, this, stopOnError);
        controlRequests = new RequestChannel(context, hmac, true, this, null);
        frontendStdin = new FrontendStdin(context, hmac);
        publisher = new IOPubChannel(context, hmac) {
            @Override
            public synchronized void sendMessage(Message<?> message) {
                super.sendMessage(MessageStamp.restamped(message));
            }
        };
    }

    @Override
    public synchronized void connect() {
        if (connected) {
            return;
        }
        publisher.setLinger(1000);
        frontendStdin.setLinger(1000);
        heartbeatEcho.bind(properties);
        shellRequests.bind(properties);
        controlRequests.bind(properties);
        frontendStdin.bind(properties);
        publisher.bind(properties);
        publisher.sendMessage(new Message<>(null, PublishStatus.MESSAGE_TYPE, PublishStatus.STARTING));
        connected = true;
    }

    @Override
    public void close() {
        if (closing.getAndSet(true)) {
            return;
        }
        try {
            shellRequests.close();
            controlRequests.close();
            heartbeatEcho.close();
            frontendStdin.close();
            publisher.close();
            super.close();
            context.close();
        } finally {
            closed.countDown();
        }
    }

    @Override
    public void waitUntilClose() {
        try {
            closed.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * A request's reply environment, whose {@code readFromStdIn} asks through {@link FrontendStdin}
     * rather than the base library's channel (left unbound).
     */
    @Override
    public ShellReplyEnvironment prepareReplyEnv(ShellChannel channel, MessageContext context) {
        return new ShellReplyEnvironment(channel, frontendStdin, publisher, context) {
        };
    }

    /** The IOPub channel the kernel publishes on (the base class's own stays unbound). */
    @Override
    public IOPubChannel getIOPub() {
        return publisher;
    }

    FrontendStdin stdin() {
        return frontendStdin;
    }

    /** Where the kernel notes a cell that failed with {@code stop_on_error}, for the shell channel to act on. */
    StopOnError stopOnError() {
        return stopOnError;
    }

    boolean isClosed() {
        return closed.getCount() == 0;
    }
}
