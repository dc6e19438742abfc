package dev.visionbook.kernel;

import dev.visionbook.display.MimeBundle;
import org.dflib.jjava.jupyter.channels.JupyterSocket;
import org.dflib.jjava.jupyter.kernel.display.DisplayData;
import org.dflib.jjava.jupyter.messages.ContentType;
import org.dflib.jjava.jupyter.messages.Message;
import org.dflib.jjava.jupyter.messages.MessageContext;
import org.dflib.jjava.jupyter.messages.publish.PublishDisplayData;
import org.dflib.jjava.jupyter.messages.publish.PublishExecuteResult;
import org.dflib.jjava.jupyter.messages.publish.PublishStream;
import org.dflib.jjava.jupyter.messages.publish.PublishUpdateDisplayData;

/**
 * Publishes a cell's outputs on IOPub: displays, display updates, streamed text and its result, each
 * as a child of the request that ran the cell. After a cell ends, late outputs (a progress still
 * moving on another thread) go out as children of the last request.
 *
 * <p>Threading: any thread may publish; the socket's send is synchronized. Streamed text is
 * drained before a display, so outputs keep the order the cell made them in.
 */
final class NotebookOutput implements CellOutput {

    private final JupyterSocket iopub;
    private volatile MessageContext parent;
    private volatile CellStreams streams;
    private volatile boolean quiet;

    NotebookOutput(JupyterSocket iopub) {
        this.iopub = iopub;
    }

    /** From now on outputs belong to {@code request}; a silent request's outputs are not sent. */
    void beginCell(MessageContext request, CellStreams cellStreams, boolean silent) {
        parent = request;
        streams = cellStreams;
        quiet = silent;
    }

    void endCell() {
        streams = null;
        quiet = false;
    }

    @Override
    public void display(MimeBundle bundle, String displayId) {
        DisplayData data = Rendering.displayData(bundle);
        if (displayId != null) {
            data.setDisplayId(displayId);
        }
        publish(new PublishDisplayData(data));
    }

    @Override
    public void updateDisplay(MimeBundle bundle, String displayId) {
        DisplayData data = Rendering.displayData(bundle);
        data.setDisplayId(displayId);
        publish(new PublishUpdateDisplayData(data));
    }

    /** Sends what the running cell has written so far, if a cell runs. */
    void drainStreams() {
        CellStreams current = streams;
        if (current != null) {
            current.drain();
        }
    }

    void executeResult(int executionCount, MimeBundle bundle) {
        publish(new PublishExecuteResult(executionCount, Rendering.displayData(bundle)));
    }

    @Override
    public void stream(String name, String text) {
        send(new PublishStream("stderr".equals(name) ? PublishStream.StreamType.ERR : PublishStream.StreamType.OUT, text));
    }

    private <T extends ContentType<T>> void publish(T content) {
        drainStreams();
        send(content);
    }

    private <T extends ContentType<T>> void send(T content) {
        MessageContext context = parent;
        if (context != null && !quiet) {
            iopub.sendMessage(new Message<>(context, content.getType(), content));
        }
    }
}
