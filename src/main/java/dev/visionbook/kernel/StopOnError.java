package dev.visionbook.kernel;

import org.dflib.jjava.jupyter.channels.ShellReplyEnvironment;
import org.dflib.jjava.jupyter.messages.Message;
import org.dflib.jjava.jupyter.messages.MessageType;

/**
 * Jupyter's {@code stop_on_error}: when a cell fails and its request asked to stop on error (the
 * default), the execute requests already waiting behind it are answered {@code aborted} and not
 * run, as IPython does, so "Run all" stops at the first failure instead of running cells that
 * depend on it. Other requests waiting (completion, kernel_info) are still answered.
 *
 * <p>The queue is taken before the failed cell's reply is sent (the kernel defers it), so a request
 * the front end sends once it has seen the failure always runs.
 *
 * <p>Threading: the kernel notes the failure and the shell channel takes it, both on the shell thread.
 */
final class StopOnError {

    private boolean failed;

    /** The cell being handled failed with {@code stop_on_error}: what already waits must not run. */
    void cellFailed() {
        failed = true;
    }

    /** Whether the request just handled failed so; asking forgets it. */
    boolean takeFailure() {
        boolean was = failed;
        failed = false;
        return was;
    }

    static boolean isExecute(Message<?> request) {
        return request.getHeader().getType() == MessageType.EXECUTE_REQUEST;
    }

    /** Answers an execute request without running it, with IPython's busy, {@code aborted} reply, idle. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    static void answerAborted(ShellReplyEnvironment env) {
        env.setBusyDeferIdle();
        env.reply(new Message(env.getContext(), MessageType.EXECUTE_REPLY, new Aborted()));
    }

    /** The content IPython sends for a request it did not run: the status and nothing else. */
    @SuppressWarnings("unused") // serialised by the base library's Gson
    private static final class Aborted {
        private final String status = "aborted";
    }
}
