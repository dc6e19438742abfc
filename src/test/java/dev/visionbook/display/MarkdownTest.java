package dev.visionbook.display;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class MarkdownTest {

    static final String SOURCE = """
            # Animals

            | name | legs |
            |------|-----:|
            | cat  | 4    |
            """;

    @Test
    void rendersAHeadingAndAGfmTableToHtml() {
        String html = Markdown.of(SOURCE).html();
        assertTrue(html.contains("<h1>Animals</h1>"), html);
        assertTrue(html.contains("<table>"), html);
        assertTrue(html.contains("<th>name</th>"), html);
        assertTrue(html.contains("<td align=\"right\">4</td>"), html);
    }

    @Test
    void escapesRawHtmlInsteadOfPassingItThrough() {
        String html = Markdown.of("Hi <script>alert(1)</script>\n\n<script>alert(2)</script>\n").html();
        assertFalse(html.contains("<script>"), html);
        assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), html);
        assertTrue(html.contains("&lt;script&gt;alert(2)&lt;/script&gt;"), html);
    }

    @Test
    void dropsJavascriptLinks() {
        String html = Markdown.of("[click](javascript:alert(1))").html();
        assertFalse(html.contains("javascript:"), html);
    }

    @Test
    void bundlesSourceAsPlainTextAndMarkdownAndRenderedHtml() {
        Markdown markdown = Markdown.of(SOURCE);
        MimeBundle bundle = markdown.mimeBundle();
        assertEquals(List.of("text/plain", "text/markdown", "text/html"), List.copyOf(bundle.data().keySet()));
        assertEquals(SOURCE, bundle.get("text/plain").orElseThrow());
        assertEquals(SOURCE, bundle.get("text/markdown").orElseThrow());
        assertEquals(markdown.html(), bundle.get("text/html").orElseThrow());
        assertEquals(SOURCE, markdown.toString());
    }
}
