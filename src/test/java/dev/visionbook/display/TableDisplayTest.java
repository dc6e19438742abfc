package dev.visionbook.display;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.StringColumn;

class TableDisplayTest {

    static TableDisplay files() {
        return TableDisplay.of(List.of("file", "tokens", "seconds"), List.of(
                List.of("<b>cat</b>.jpg", 258, 0.5),
                Arrays.asList("talk | part 1.mp3", 3200, null)));
    }

    @Test
    void htmlHasAHeadEscapesCellsAndRightAlignsNumbers() {
        String html = files().mimeBundle().get("text/html").orElseThrow();
        assertTrue(html.contains("<thead><tr><th>file</th><th style=\"text-align: right\">tokens</th>"), html);
        assertTrue(html.contains("<td>&lt;b&gt;cat&lt;/b&gt;.jpg</td>"), html);
        assertFalse(html.contains("<b>"), html);
        assertTrue(html.contains("<td style=\"text-align: right\">3200</td>"), html);
    }

    @Test
    void markdownIsAGfmTableThatRendersBackToTheSameCells() {
        String markdown = files().mimeBundle().get("text/markdown").orElseThrow();
        assertTrue(markdown.startsWith("| file | tokens | seconds |\n| --- | ---: | ---: |\n"), markdown);
        String html = Markdown.of(markdown).html();
        assertTrue(html.contains("<td>&lt;b&gt;cat&lt;/b&gt;.jpg</td>"), html);
        assertTrue(html.contains("<td>talk | part 1.mp3</td>"), html);
        assertTrue(html.contains("<td align=\"right\">3200</td>"), html);
    }

    @Test
    void plainTextIsTablesawsPrintout() {
        TableDisplay display = files();
        assertEquals(display.table().printAll(), display.mimeBundle().get("text/plain").orElseThrow());
    }

    @Test
    void rowsBecomeLongDoubleOrStringColumns() {
        TableDisplay display = files();
        assertInstanceOf(StringColumn.class, display.table().column("file"));
        assertInstanceOf(LongColumn.class, display.table().column("tokens"));
        assertInstanceOf(DoubleColumn.class, display.table().column("seconds"));
        assertEquals(2, display.table().rowCount());
        assertThrows(IllegalArgumentException.class, () -> TableDisplay.of(List.of("a"), List.of(List.of(1, 2))));
    }
}
