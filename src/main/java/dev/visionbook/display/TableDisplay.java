package dev.visionbook.display;

import java.util.List;
import java.util.Objects;
import tech.tablesaw.api.Table;

/**
 * A Tablesaw table shown as aligned text, an HTML table and a GFM Markdown table. Every row is
 * shown. Reads the table each time {@link #mimeBundle()} is called; not thread-safe if the table is
 * changed meanwhile.
 *
 * <pre>{@code
 * TableDisplay.of(List.of("file", "tokens"), List.of(List.of("cat.jpg", 258), List.of("talk.mp3", 3200)));
 * }</pre>
 */
public final class TableDisplay implements Displayable {

    private final Table table;

    private TableDisplay(Table table) {
        this.table = table;
    }

    /** Wraps a table, without copying it. */
    public static TableDisplay of(Table table) {
        return new TableDisplay(Objects.requireNonNull(table, "table"));
    }

    /**
     * Builds a table from rows of cells: a column whose cells are all whole numbers becomes a long
     * column, all numbers a double column, anything else a string column. Nulls and missing trailing
     * cells are blanks.
     */
    public static TableDisplay of(List<String> headers, List<? extends List<?>> rows) {
        return new TableDisplay(TableColumns.fromRows(headers, rows));
    }

    public Table table() {
        return table;
    }

    @Override
    public MimeBundle mimeBundle() {
        return MimeBundle.text(table.printAll())
                .with(MimeBundle.TEXT_HTML, TableHtml.render(table))
                .with(MimeBundle.TEXT_MARKDOWN, TableMarkdown.render(table));
    }

    @Override
    public String toString() {
        return table.printAll();
    }
}
