package dev.visionbook.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * stop_on_error: the execute requests queued behind a failing cell are answered "aborted" and not
 * run; those sent after its reply run. The failing cell sleeps a little before it throws, so the
 * requests sent right after it are surely queued while it runs.
 */
class StopOnErrorTest {

    @RegisterExtension
    static final InProcessKernel kernel = new InProcessKernel();

    private static final String FAILS_AFTER_A_WHILE = "Thread.sleep(400);\nthrow new IllegalStateException(\"stop here\");";

    @Test
    void requestsQueuedBehindAFailureAreAbortedNotRun() {
        JupyterTestClient client = kernel.client();
        String failing = client.sendExecute(FAILS_AFTER_A_WHILE);
        String queued = client.sendExecute("int ranAfterTheFailure = 1;");
        String alsoQueued = client.sendExecute("System.out.println(\"ran\");");

        JupyterTestClient.Execution failure = client.awaitExecution(failing);
        JupyterTestClient.Execution aborted = client.awaitExecution(queued);
        JupyterTestClient.Execution alsoAborted = client.awaitExecution(alsoQueued);

        assertEquals("error", failure.status());
        assertEquals("aborted", aborted.status(), aborted.reply().content().toString());
        assertEquals("aborted", alsoAborted.status());
        assertTrue(aborted.outputs().stream().noneMatch(m -> m.type().equals("execute_input")), aborted.outputs().toString());
        assertEquals("", alsoAborted.stdout());

        JupyterTestClient.Execution later = client.execute("ranAfterTheFailure");
        assertEquals("error", later.status(), "the aborted cell must not have run");
        assertTrue(later.reply().content().path("evalue").asText().contains("cannot find symbol"), later.traceback());
        int failedCount = failure.reply().content().path("execution_count").asInt();
        assertEquals(failedCount + 1, later.reply().content().path("execution_count").asInt(),
                "aborted requests take no execution count");
    }

    @Test
    void aCellSentTheMomentTheFailureIsSeenRuns() {
        JupyterTestClient client = kernel.client();
        String failing = client.sendExecute(FAILS_AFTER_A_WHILE);
        assertEquals("error", client.awaitShellReply(failing).content().path("status").asText());
        JupyterTestClient.Execution next = client.awaitExecution(client.sendExecute("1 + 1"));
        assertEquals("ok", next.status());
        assertEquals("2", next.result().path("text/plain").asText());
    }

    @Test
    void aFailureWithoutStopOnErrorLeavesTheQueueToRun() {
        JupyterTestClient client = kernel.client();
        String failing = client.sendExecute(FAILS_AFTER_A_WHILE, false, false);
        String queued = client.sendExecute("\"still ran\"");
        assertEquals("error", client.awaitExecution(failing).status());
        JupyterTestClient.Execution run = client.awaitExecution(queued);
        assertEquals("ok", run.status());
        assertEquals("still ran", run.result().path("text/plain").asText());
    }

    @Test
    void otherRequestsQueuedBehindAFailureAreStillAnswered() {
        JupyterTestClient client = kernel.client();
        String failing = client.sendExecute(FAILS_AFTER_A_WHILE);
        String info = client.send(client.shell(), "kernel_info_request", JupyterTestClient.object());
        assertEquals("error", client.awaitExecution(failing).status());
        assertEquals("kernel_info_reply", client.awaitShellReply(info).type());
    }
}
