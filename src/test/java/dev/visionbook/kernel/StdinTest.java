package dev.visionbook.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A cell reading System.in asks the front end on the stdin channel, when the request allows it. */
class StdinTest {

    @RegisterExtension
    static final InProcessKernel kernel = new InProcessKernel();

    private static JupyterTestClient.Msg awaitInputRequest(String executeId) {
        JupyterTestClient.Msg request = kernel.client().nextStdin(JupyterTestClient.TIMEOUT.toMillis());
        assertNotNull(request, "no input_request");
        assertEquals("input_request", request.type());
        assertEquals(executeId, request.parentId());
        assertFalse(request.content().path("password").asBoolean());
        return request;
    }

    @Test
    void scannerGetsTheLineTheFrontEndTyped() {
        JupyterTestClient client = kernel.client();
        String id = client.sendExecute("String name = new java.util.Scanner(System.in).nextLine();\n\"hello \" + name", true, true);
        client.sendInputReply(awaitInputRequest(id), "Ada");
        JupyterTestClient.Execution run = client.awaitExecution(id);
        assertEquals("ok", run.status(), run.traceback());
        assertEquals("hello Ada", run.result().path("text/plain").asText());
    }

    @Test
    void eachLineIsAskedForWithANewlineAdded() {
        JupyterTestClient client = kernel.client();
        String id = client.sendExecute("""
                var reader = new java.io.BufferedReader(new java.io.InputStreamReader(System.in));
                String first = reader.readLine();
                String second = reader.readLine();
                first + "|" + second""", true, true);
        client.sendInputReply(awaitInputRequest(id), "one");
        client.sendInputReply(awaitInputRequest(id), "two");
        JupyterTestClient.Execution run = client.awaitExecution(id);
        assertEquals("one|two", run.result().path("text/plain").asText(), run.traceback());
    }

    @Test
    void aScannerKeptFromAnEarlierCellAsksForTheCellRunningNow() {
        JupyterTestClient client = kernel.client();
        assertEquals("ok", client.execute("var kept = new java.util.Scanner(System.in);").status());
        String id = client.sendExecute("kept.nextLine()", true, true);
        client.sendInputReply(awaitInputRequest(id), "later");
        assertEquals("later", client.awaitExecution(id).result().path("text/plain").asText());
    }

    @Test
    void withoutAllowStdinReadingEndsAtOnce() {
        JupyterTestClient client = kernel.client();
        JupyterTestClient.Execution run = client.execute("System.in.read()");
        assertEquals("ok", run.status(), run.traceback());
        assertEquals("-1", run.result().path("text/plain").asText());
        assertNull(client.nextStdin(200), "no input_request when stdin is not allowed");
    }

    @Test
    void interruptEndsTheWaitAndALateReplyIsNotTakenForTheNextQuestion() {
        JupyterTestClient client = kernel.client();
        String waiting = client.sendExecute("new java.util.Scanner(System.in).nextLine()", true, true);
        JupyterTestClient.Msg abandoned = awaitInputRequest(waiting);
        client.requestOnControl("interrupt_request", JupyterTestClient.object());
        JupyterTestClient.Execution interrupted = client.awaitExecution(waiting);
        assertEquals("error", interrupted.status());
        assertEquals("Interrupted", interrupted.reply().content().path("ename").asText(), interrupted.traceback());

        client.sendInputReply(abandoned, "late");
        String next = client.sendExecute("new java.util.Scanner(System.in).nextLine()", true, true);
        client.sendInputReply(awaitInputRequest(next), "fresh");
        assertEquals("fresh", client.awaitExecution(next).result().path("text/plain").asText());
    }
}
