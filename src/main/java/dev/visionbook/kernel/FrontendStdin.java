package dev.visionbook.kernel;

import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.util.function.BooleanSupplier;
import org.dflib.jjava.jupyter.channels.StdinChannel;
import org.dflib.jjava.jupyter.messages.HMACGenerator;
import org.dflib.jjava.jupyter.messages.Message;
import org.dflib.jjava.jupyter.messages.MessageContext;
import org.dflib.jjava.jupyter.messages.MessageType;
import org.dflib.jjava.jupyter.messages.reply.InputReply;
import org.dflib.jjava.jupyter.messages.request.InputRequest;
import org.zeromq.ZMQ;

/**
 * The stdin channel: a cell reading {@code System.in} (when its request allows stdin) asks the front
 * end for a line with {@code input_request} and waits for the {@code input_reply}.
 *
 * <p>The base library's channel does this too, but waits in a blocking receive that nothing can
 * end: an interrupted cell would hang the kernel until someone typed. Here the wait polls, and ends
 * when the kernel says the cell was interrupted. Before asking, the cell's pending output is sent,
 * so a prompt printed just before shows above the input box. A reply to an earlier, abandoned
 * request is not taken as the answer: what waits before asking is dropped (as IPython does), and so
 * is a reply naming another request as its parent (jupyter_client's {@code input()} names none).
 *
 * <p>Threading: a cell's thread asks (one at a time, the method is synchronized); the hooks are set
 * once, before the kernel serves requests.
 */
final class FrontendStdin extends StdinChannel {

    private static final int POLL_MILLIS = 50;

    private volatile Runnable beforeAsking = () -> { };
    private volatile BooleanSupplier interrupted = () -> false;

    FrontendStdin(ZMQ.Context context, HMACGenerator hmac) {
        super(context, hmac);
    }

    /** {@code flushOutput} runs before each question; the wait ends when {@code cellInterrupted} holds. */
    void use(Runnable flushOutput, BooleanSupplier cellInterrupted) {
        beforeAsking = flushOutput;
        interrupted = cellInterrupted;
    }

    /** Requests carry a date to the microsecond ({@link MessageStamp}), as every socket of the kernel sends. */
    @Override
    public synchronized void sendMessage(Message<?> message) {
        super.sendMessage(MessageStamp.restamped(message));
    }

    /**
     * The line the front end typed, with a newline added.
     *
     * @throws UncheckedIOException (an {@link InterruptedIOException}) when the cell was interrupted
     *         or the channel closed while waiting
     */
    @Override
    public synchronized String getInput(MessageContext context, String prompt, boolean isPassword) {
        if (interrupted.getAsBoolean()) {
            throw stopped();
        }
        beforeAsking.run();
        dropWaitingMessages();
        Message<InputRequest> request = new Message<>(context, InputRequest.MESSAGE_TYPE, new InputRequest(prompt, isPassword));
        sendMessage(request);
        ZMQ.Poller poller = ctx.poller(1);
        poller.register(this, ZMQ.Poller.POLLIN);
        try {
            while (!closed && !interrupted.getAsBoolean()) {
                if (poller.poll(POLL_MILLIS) > 0) {
                    String line = answerTo(request);
                    if (line != null) {
                        return line + "\n";
                    }
                }
            }
            throw stopped();
        } finally {
            poller.close();
        }
    }

    private void dropWaitingMessages() {
        while ((getEvents() & ZMQ.Poller.POLLIN) != 0) {
            answerTo(null);
        }
    }

    /** Reads the waiting message: its value if it answers {@code request}, else null (dropped). */
    private String answerTo(Message<InputRequest> request) {
        Message<?> message;
        try {
            message = readMessage();
        } catch (RuntimeException e) {
            logger.warn("Dropped a message on the stdin channel: {}", e.toString());
            return null;
        }
        boolean answers = request != null && message != null && message.getHeader().getType() == MessageType.INPUT_REPLY
                && (!message.hasParentHeader() || request.getHeader().getId().equals(message.getParentHeader().getId()));
        return answers ? ((InputReply) message.getContent()).getValue() : null;
    }

    private static UncheckedIOException stopped() {
        return new UncheckedIOException(new InterruptedIOException("Interrupted while waiting for input"));
    }
}
