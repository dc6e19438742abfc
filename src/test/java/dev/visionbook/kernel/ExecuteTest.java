package dev.visionbook.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Executing cells: values, state across cells, streams. */
class ExecuteTest {

    @RegisterExtension
    static final InProcessKernel kernel = new InProcessKernel();

    @Test
    void lastExpressionIsTheResult() {
        JupyterTestClient.Execution run = kernel.client().execute("1 + 1");
        assertEquals("ok", run.status());
        assertEquals("2", run.result().path("text/plain").asText());
    }

    @Test
    void variablesLiveFromCellToCell() {
        kernel.client().execute("var greeting = \"hello\";\nint times = 3;");
        JupyterTestClient.Execution run = kernel.client().execute("greeting.repeat(times)");
        assertEquals("hellohellohello", run.result().path("text/plain").asText());
    }

    @Test
    void statementsAndDeclarationsShowNoResult() {
        JupyterTestClient.Execution run = kernel.client().execute("int unseen = 42;");
        assertEquals("ok", run.status());
        assertEquals(null, run.result());
    }

    @Test
    void systemOutAndErrStreamInOrder() {
        JupyterTestClient.Execution run = kernel.client().execute(
                "System.out.println(\"to out\");\nSystem.err.println(\"to err\");\nSystem.out.print(\"no newline\");");
        assertEquals("to out\nno newline", run.stdout());
        assertEquals("to err\n", run.stderr());
        assertEquals("stdout", run.ofType("stream").get(0).content().path("name").asText());
    }

    @Test
    void outputStreamsWhileTheCellIsStillRunning() {
        JupyterTestClient client = kernel.client();
        String id = client.sendExecute("System.out.println(\"first\");\nThread.sleep(800);\nSystem.out.println(\"second\");");
        long sent = System.nanoTime();
        JupyterTestClient.Msg first = client.nextIopub(5000, m -> m.type().equals("stream") && m.parentId().equals(id));
        long firstMillis = (System.nanoTime() - sent) / 1_000_000;
        assertEquals("first\n", first.content().path("text").asText());
        JupyterTestClient.Execution run = client.awaitExecution(id);
        long doneMillis = (System.nanoTime() - sent) / 1_000_000;
        assertTrue(doneMillis - firstMillis > 500, "first line came " + firstMillis + " ms, end " + doneMillis + " ms");
        assertEquals("second\n", run.stdout());
    }

    @Test
    void executionCountGrowsWithEachCell() {
        int before = kernel.client().execute("0").reply().content().path("execution_count").asInt();
        JsonNode reply = kernel.client().execute("0").reply().content();
        assertEquals(before + 1, reply.path("execution_count").asInt());
    }

    @Test
    void preloadImportsTheHelperApiAndCollections() {
        JupyterTestClient.Execution run = kernel.client().execute(
                "List<Path> paths = List.of(Path.of(\"a\"));\nMarkdown.of(\"**bold**\").text() + paths.size() + Duration.ofSeconds(1)");
        assertEquals("ok", run.status(), run.traceback());
        assertEquals("**bold**1PT1S", run.result().path("text/plain").asText());
    }
}
