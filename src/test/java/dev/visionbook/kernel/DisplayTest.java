package dev.visionbook.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.util.Base64;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Rich output: values through their MIME bundles, display() mid-cell, progress updated in place. */
class DisplayTest {

    @RegisterExtension
    static final InProcessKernel kernel = new InProcessKernel();

    @Test
    void displayableValueShowsAsMarkdownAndHtml() {
        JupyterTestClient.Execution run = kernel.client().execute("markdown(\"# Cats\\n\\nTwo **cats**.\")");
        assertEquals("ok", run.status(), run.traceback());
        JsonNode data = run.result();
        assertEquals("# Cats\n\nTwo **cats**.", data.path("text/markdown").asText());
        assertTrue(data.path("text/html").asText().contains("<strong>cats</strong>"));
        assertTrue(data.has("text/plain"));
    }

    @Test
    void bufferedImageShowsAsPng() throws Exception {
        JupyterTestClient.Execution run = kernel.client().execute(
                "var image = new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB);\nimage");
        assertEquals("ok", run.status(), run.traceback());
        byte[] png = Base64.getDecoder().decode(run.result().path("image/png").asText());
        assertEquals(40, ImageIO.read(new ByteArrayInputStream(png)).getWidth());
        JsonNode metadata = run.ofType("execute_result").get(0).content().path("metadata").path("image/png");
        assertEquals(30, metadata.path("height").asInt());
    }

    @Test
    void tablesawTableShowsAsHtmlTable() {
        JupyterTestClient.Execution run = kernel.client().execute(
                "tech.tablesaw.api.Table.create(\"files\", tech.tablesaw.api.StringColumn.create(\"name\", \"cat.jpg\", \"dog.png\"))");
        assertEquals("ok", run.status(), run.traceback());
        String html = run.result().path("text/html").asText();
        assertTrue(html.contains("<table>") && html.contains("<td>dog.png</td>"), html);
    }

    @Test
    void displayShowsValuesMidCellInOrderWithPrints() {
        JupyterTestClient.Execution run = kernel.client().execute(
                "System.out.println(\"before\");\ndisplay(markdown(\"*middle*\"));\nSystem.out.println(\"after\");\nshow(\"shown\");");
        assertEquals("ok", run.status(), run.traceback());
        List<String> order = run.outputs().stream()
                .filter(m -> m.type().equals("stream") || m.type().equals("display_data"))
                .map(m -> m.type().equals("stream") ? m.content().path("text").asText().strip()
                        : m.content().path("data").path("text/plain").asText())
                .toList();
        assertEquals(List.of("before", "*middle*", "after", "shown"), order);
        assertEquals(null, run.result());
    }

    @Test
    void progressIsShownOnceAndThenUpdatedInPlace() {
        JupyterTestClient.Execution run = kernel.client().execute("""
                Progress upload = Progress.start("Uploading talk.mp4", 1000);
                upload.advance(400);
                Thread.sleep(150);
                upload.advance(600);
                upload.finish("Ready");
                """);
        assertEquals("ok", run.status(), run.traceback());
        List<JupyterTestClient.Msg> shown = run.ofType("display_data");
        assertEquals(1, shown.size());
        String displayId = shown.get(0).content().path("transient").path("display_id").asText();
        assertFalse(displayId.isEmpty());
        List<JupyterTestClient.Msg> updates = run.ofType("update_display_data");
        assertFalse(updates.isEmpty());
        updates.forEach(update -> assertEquals(displayId, update.content().path("transient").path("display_id").asText()));
        String last = updates.get(updates.size() - 1).content().path("data").path("text/plain").asText();
        assertTrue(last.contains("Ready"), last);
    }

    @Test
    void nullAndArraysShowAsText() {
        assertEquals("null", kernel.client().execute("(String) null").result().path("text/plain").asText());
        assertEquals("[1, 2, 3]", kernel.client().execute("new int[] {1, 2, 3}").result().path("text/plain").asText());
    }
}
