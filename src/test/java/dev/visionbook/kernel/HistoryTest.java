package dev.visionbook.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** history_request answers from the cells run in this session: tail, range and search. */
class HistoryTest {

    @RegisterExtension
    static final InProcessKernel kernel = new InProcessKernel();

    private static int first;

    @BeforeAll
    static void runCells() {
        JupyterTestClient client = kernel.client();
        first = client.execute("int base = 40;").reply().content().path("execution_count").asInt();
        client.execute("base + 2");
        client.execute("base + 2");
        client.execute("throw new IllegalStateException();");
        JupyterTestClient.Execution silent = client.awaitExecution(client.send(client.shell(), "execute_request",
                JupyterTestClient.json(Map.of("code", "int hidden = 0;", "silent", true, "store_history", false))));
        assertEquals("ok", silent.status());
    }

    private static JsonNode history(Map<String, ?> request) {
        JupyterTestClient.Msg reply = kernel.client().request("history_request", JupyterTestClient.json(request));
        assertEquals("history_reply", reply.type());
        assertEquals("ok", reply.content().path("status").asText(), reply.content().toString());
        return reply.content().path("history");
    }

    private static String entry(int number, String input) {
        return "[" + CellHistory.SESSION + "," + number + "," + quoted(input) + "]";
    }

    private static String quoted(String text) {
        return JupyterTestClient.object().textNode(text).toString();
    }

    @Test
    void tailGivesTheLastCellsInOrderWithoutSilentOnes() {
        JsonNode tail = history(Map.of("hist_access_type", "tail", "n", 2, "output", false, "raw", true));
        assertEquals("[" + entry(first + 2, "base + 2") + "," + entry(first + 3, "throw new IllegalStateException();") + "]",
                tail.toString());
    }

    @Test
    void outputIsTheValueAsPlainText() {
        JsonNode tail = history(Map.of("hist_access_type", "range", "session", 0, "start", first, "stop", first + 2,
                "output", true, "raw", true));
        assertEquals("[[1," + first + ",[\"int base = 40;\",\"\"]],[1," + (first + 1) + ",[\"base + 2\",\"42\"]]]",
                tail.toString());
    }

    @Test
    void rangeOfThisSessionFromStartToBeforeStop() {
        JsonNode range = history(Map.of("hist_access_type", "range", "session", CellHistory.SESSION, "start", first + 1,
                "stop", first + 3, "output", false, "raw", true));
        assertEquals("[" + entry(first + 1, "base + 2") + "," + entry(first + 2, "base + 2") + "]", range.toString());
        JsonNode earlier = history(Map.of("hist_access_type", "range", "session", -1, "start", 1, "stop", 100,
                "output", false, "raw", true));
        assertEquals("[]", earlier.toString());
    }

    @Test
    void searchMatchesAGlobOverTheWholeCode() {
        JsonNode found = history(Map.of("hist_access_type", "search", "pattern", "base + ?", "n", 10, "unique", true,
                "output", false, "raw", true));
        assertEquals("[" + entry(first + 2, "base + 2") + "]", found.toString());
        JsonNode all = history(Map.of("hist_access_type", "search", "pattern", "*[Ii]nt *", "n", 10, "unique", false,
                "output", false, "raw", true));
        assertEquals("[" + entry(first, "int base = 40;") + "]", all.toString());
    }
}
