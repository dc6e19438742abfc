package dev.visionbook.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** interrupt_request on the control channel stops a running cell, and the kernel lives on. */
class InterruptTest {

    @RegisterExtension
    static final InProcessKernel kernel = new InProcessKernel();

    private JupyterTestClient.Execution interrupted(String code) {
        JupyterTestClient client = kernel.client();
        client.execute("0");
        String id = client.sendExecute(code);
        assertNotNull(client.nextIopub(10_000, m -> m.parentId().equals(id) && m.type().equals("execute_input")));
        sleep(300);
        long asked = System.nanoTime();
        assertEquals("interrupt_reply", client.requestOnControl("interrupt_request", JupyterTestClient.object()).type());
        JupyterTestClient.Execution run = client.awaitExecution(id);
        long stoppedMillis = (System.nanoTime() - asked) / 1_000_000;
        assertTrue(stoppedMillis < 5000, "stopped after " + stoppedMillis + " ms");
        return run;
    }

    @Test
    void busyLoopStops() {
        JupyterTestClient.Execution run = interrupted("while (true) { }");
        assertEquals("error", run.status());
        assertEquals("Interrupted", run.reply().content().path("ename").asText());
        assertEquals("2", kernel.client().execute("1 + 1").result().path("text/plain").asText());
    }

    @Test
    void sleepStops() {
        JupyterTestClient.Execution run = interrupted("System.out.println(\"sleeping\");\nThread.sleep(60_000);\nSystem.out.println(\"woke\");");
        assertEquals("Interrupted", run.reply().content().path("ename").asText());
        assertEquals("sleeping\n", run.stdout());
    }

    @Test
    void stateFromBeforeTheInterruptRemains() {
        kernel.client().execute("int kept = 41;");
        interrupted("long spins = 0;\nwhile (true) { spins++; }");
        assertEquals("42", kernel.client().execute("kept + 1").result().path("text/plain").asText());
    }

    @Test
    void interruptWhileIdleChangesNothing() {
        assertEquals("interrupt_reply", kernel.client().requestOnControl("interrupt_request", JupyterTestClient.object()).type());
        assertEquals("ok", kernel.client().execute("1").status());
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
