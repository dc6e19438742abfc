package dev.visionbook.kernel.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class HtmlPageTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    // A 1x1 PNG, as nbformat stores it: base64 with a trailing newline.
    private static final String PNG_BASE64 =
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==";

    private static ObjectNode notebook(ObjectNode... cells) {
        ObjectNode notebook = JSON.createObjectNode();
        notebook.put("nbformat", 4).put("nbformat_minor", 5);
        notebook.putObject("metadata").putObject("language_info").put("name", "java");
        ArrayNode list = notebook.putArray("cells");
        for (ObjectNode cell : cells) {
            list.add(cell);
        }
        return notebook;
    }

    private static ObjectNode cell(String type, String source) {
        ObjectNode cell = JSON.createObjectNode().put("cell_type", type);
        cell.putObject("metadata");
        cell.put("source", source);
        return cell;
    }

    private static ObjectNode codeCell(int count, String source, ObjectNode... outputs) {
        ObjectNode cell = cell("code", source).put("execution_count", count);
        ArrayNode list = cell.putArray("outputs");
        for (ObjectNode output : outputs) {
            list.add(output);
        }
        return cell;
    }

    private static ObjectNode stream(String name, String text) {
        return JSON.createObjectNode().put("output_type", "stream").put("name", name).put("text", text);
    }

    private static ObjectNode displayData(String mime, String value) {
        ObjectNode output = JSON.createObjectNode().put("output_type", "display_data");
        output.putObject("data").put(mime, value);
        output.putObject("metadata");
        return output;
    }

    @Test
    void titleIsInTheTabAndTheHeadingEscaped() {
        String html = HtmlPage.render(notebook(), "Cats <& dogs>");
        assertTrue(html.startsWith("<!DOCTYPE html>"));
        assertTrue(html.contains("<title>Cats &lt;&amp; dogs&gt;</title>"), html);
        assertTrue(html.contains("<h1 class=\"page-title\">Cats &lt;&amp; dogs&gt;</h1>"), html);
    }

    @Test
    void aNotebookOpeningWithAHeadingIsNotGivenASecondOne() {
        ObjectNode heading = JSON.createObjectNode().put("cell_type", "markdown").put("source", "# Own title\ntext");
        String html = HtmlPage.render(notebook(heading), "Own title");
        assertTrue(html.contains("<title>Own title</title>") && html.contains("<h1>Own title</h1>"), html);
        assertTrue(!html.contains("page-title\">"), html);
    }

    @Test
    void markdownHeadingsAndTablesAreRendered() {
        String html = HtmlPage.render(notebook(cell("markdown", "# Objects\n\n| name | count |\n|---|---|\n| cat | 2 |\n")), "t");
        assertTrue(html.contains("<h1>Objects</h1>"), html);
        assertTrue(html.contains("<table>"), html);
        assertTrue(html.contains("<td>cat</td>"), html);
    }

    @Test
    void codeIsEscapedAndKeepsItsPrompt() {
        String html = HtmlPage.render(notebook(codeCell(3, "boolean ok = a < b && c;")), "t");
        assertTrue(html.contains("In&nbsp;[3]:"), html);
        assertTrue(html.contains("a &lt; b &amp;&amp; c;"), html);
        assertFalse(html.contains("a < b"), html);
        assertTrue(html.contains("<span class=\"hl-keyword\">boolean</span>"), html);
    }

    @Test
    void sourcesAndTextsMayBeListsOfStrings() {
        ObjectNode code = codeCell(1, "");
        code.putArray("source").add("int x = 1;\n").add("x + 1");
        ObjectNode out = JSON.createObjectNode().put("output_type", "stream").put("name", "stdout");
        out.putArray("text").add("first line\n").add("second line\n");
        code.withArray("outputs").add(out);
        ObjectNode markdown = cell("markdown", "");
        markdown.putArray("source").add("## Part\n").add("\n").add("text");
        String html = HtmlPage.render(notebook(markdown, code), "t");
        assertTrue(html.contains("<h2>Part</h2>"), html);
        assertTrue(html.contains("x = <span class=\"hl-number\">1</span>;\nx + <span class=\"hl-number\">1</span>"), html);
        assertTrue(html.contains("first line\nsecond line\n"), html);
    }

    @Test
    void pngIsEmbeddedAsDataUriWithItsSize() {
        ObjectNode png = displayData("image/png", PNG_BASE64 + "\n");
        png.with("data").put("text/plain", "<BoxedImage 1x1>");
        png.with("metadata").putObject("image/png").put("width", 320).put("height", 200);
        String html = HtmlPage.render(notebook(codeCell(1, "show(img)", png)), "t");
        assertTrue(html.contains("<img src=\"data:image/png;base64," + PNG_BASE64 + "\""), html);
        assertTrue(html.contains("alt=\"&lt;BoxedImage 1x1&gt;\" width=\"320\" height=\"200\">"), html);
        assertFalse(html.contains("<BoxedImage"), "text/plain is not shown beside the richer image");
    }

    @Test
    void listOfStringsImageIsJoined() {
        ObjectNode jpeg = JSON.createObjectNode().put("output_type", "display_data");
        jpeg.putObject("data").putArray("image/jpeg").add("/9j/AAAA\n").add("BBBB\n");
        String html = HtmlPage.render(notebook(codeCell(1, "x", jpeg)), "t");
        assertTrue(html.contains("src=\"data:image/jpeg;base64,/9j/AAAABBBB\""), html);
    }

    @Test
    void streamTextIsEscapedAndStderrIsTinted() {
        String html = HtmlPage.render(notebook(codeCell(2, "run()",
                stream("stdout", "<script>alert(1)</script>\n"), stream("stderr", "warning: slow\n"))), "t");
        assertTrue(html.contains("<div class=\"output stdout\"><pre>&lt;script&gt;alert(1)&lt;/script&gt;\n</pre>"), html);
        assertTrue(html.contains("<div class=\"output stderr\"><pre>warning: slow\n</pre>"), html);
        assertFalse(html.contains("<script"), html);
    }

    @Test
    void executeResultShowsOutPromptAndRichestType() {
        ObjectNode result = JSON.createObjectNode().put("output_type", "execute_result").put("execution_count", 4);
        result.putObject("data").put("text/plain", "plain <b>").put("text/html", "<b>bold</b>");
        result.putObject("metadata");
        ObjectNode plainOnly = displayData("text/plain", "1 < 2");
        String html = HtmlPage.render(notebook(codeCell(4, "x", result, plainOnly)), "t");
        assertTrue(html.contains("Out[4]:"), html);
        assertTrue(html.contains("<div class=\"output\"><b>bold</b></div>"), html);
        assertFalse(html.contains("plain &lt;b&gt;"), html);
        assertTrue(html.contains("<pre>1 &lt; 2</pre>"), html);
    }

    @Test
    void errorAnsiColoursBecomeSpans() {
        ObjectNode error = JSON.createObjectNode().put("output_type", "error")
                .put("ename", "IllegalStateException").put("evalue", "no <cats>");
        error.putArray("traceback").add("\u001b[1;31mIllegalStateException:\u001b[0m no <cats>")
                .add("\tat cell line 2\u001b[K");
        String html = HtmlPage.render(notebook(codeCell(5, "boom()", error)), "t");
        assertFalse(html.contains("\u001b"), html);
        assertTrue(html.contains("<span style=\"color:#e75c58;font-weight:bold;\">IllegalStateException:</span> no &lt;cats&gt;"), html);
        assertTrue(html.contains("\tat cell line 2</pre>"), html);
        assertTrue(html.contains("class=\"output error\""), html);
    }

    @Test
    void errorNameIsShownWhenTheTracebackDoesNotStartWithIt() {
        ObjectNode error = JSON.createObjectNode().put("output_type", "error")
                .put("ename", "CompileError").put("evalue", "cannot find symbol");
        error.putArray("traceback").add("\u001b[31mCompile error at line 1\u001b[39m");
        String html = HtmlPage.render(notebook(codeCell(1, "y", error)), "t");
        assertTrue(html.contains("<div class=\"error-name\">CompileError: cannot find symbol</div>"), html);
        assertFalse(html.contains("\u001b"), html);
    }

    @Test
    void rawCellsArePreformattedAndEscaped() {
        String html = HtmlPage.render(notebook(cell("raw", "<raw> & text")), "t");
        assertTrue(html.contains("<div class=\"raw\"><pre>&lt;raw&gt; &amp; text</pre></div>"), html);
    }

    @Test
    void markdownAttachmentsBecomeDataUris() {
        ObjectNode markdown = cell("markdown", "![diagram](attachment:my%20diagram.png)");
        markdown.putObject("attachments").putObject("my diagram.png").put("image/png", PNG_BASE64);
        String html = HtmlPage.render(notebook(markdown), "t");
        assertTrue(html.contains("<img src=\"data:image/png;base64," + PNG_BASE64 + "\" alt=\"diagram\""), html);
    }

    @Test
    void pageLoadsNothingFromTheNetwork() {
        ObjectNode png = displayData("image/png", PNG_BASE64);
        String html = HtmlPage.render(notebook(cell("markdown", "# Hi\n\n| a |\n|---|\n| 1 |"),
                codeCell(1, "var url = \"http://example.com\";", png, stream("stdout", "see https://x.y\n"))), "t");
        assertFalse(Pattern.compile("(src|href)\\s*=\\s*[\"']?\\s*(https?:)?//", Pattern.CASE_INSENSITIVE).matcher(html).find(), html);
        assertFalse(html.contains("<script"), html);
        assertFalse(html.contains("<link"), html);
        assertFalse(html.contains("@import"), html);
        assertFalse(html.contains("url("), html);
        assertTrue(html.contains("default-src 'none'"), html);
    }

    @Test
    void sameNotebookGivesTheSameBytes() throws Exception {
        ObjectNode error = JSON.createObjectNode().put("output_type", "error").put("ename", "E").put("evalue", "v");
        error.putArray("traceback").add("\u001b[31mE: v\u001b[0m");
        ObjectNode notebook = notebook(cell("markdown", "# A"), codeCell(1, "int a = 1;",
                displayData("image/png", PNG_BASE64), stream("stderr", "x"), error));
        String first = HtmlPage.render(notebook, "Same");
        String second = HtmlPage.render(JSON.readTree(JSON.writeValueAsString(notebook)), "Same");
        assertEquals(first, second);
    }

    @Test
    void carriageReturnsKeepTheLastStateOfALine() {
        String html = HtmlPage.render(notebook(codeCell(1, "p", stream("stdout", "10%\r50%\r100%\ndone\r\n"))), "t");
        assertTrue(html.contains("<pre>100%\ndone\n</pre>"), html);
    }

    @Test
    void leadingBlankLineOfAnOutputSurvivesTheHtmlParser() {
        String html = HtmlPage.render(notebook(codeCell(1, "p", stream("stdout", "\nafter a blank line\n"))), "t");
        assertTrue(html.contains("<pre>\n\nafter a blank line\n</pre>"), html);
    }
}
