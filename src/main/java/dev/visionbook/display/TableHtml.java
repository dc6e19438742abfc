package dev.visionbook.display;

import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.Table;

/** A Tablesaw table as an HTML {@code <table>} with a header row; numeric columns right-aligned. */
final class TableHtml {

    private static final String RIGHT = " style=\"text-align: right\"";

    private TableHtml() {
    }

    static String render(Table table) {
        StringBuilder html = new StringBuilder("<table>\n");
        if (table.name() != null && !table.name().isBlank()) {
            html.append("<caption>").append(HtmlText.escape(table.name())).append("</caption>\n");
        }
        html.append("<thead><tr>");
        for (int c = 0; c < table.columnCount(); c++) {
            html.append("<th").append(align(table, c)).append('>')
                    .append(HtmlText.escape(table.column(c).name())).append("</th>");
        }
        html.append("</tr></thead>\n<tbody>\n");
        for (int r = 0; r < table.rowCount(); r++) {
            html.append("<tr>");
            for (int c = 0; c < table.columnCount(); c++) {
                html.append("<td").append(align(table, c)).append('>')
                        .append(HtmlText.escape(table.column(c).getString(r))).append("</td>");
            }
            html.append("</tr>\n");
        }
        return html.append("</tbody>\n</table>").toString();
    }

    private static String align(Table table, int column) {
        return table.column(column) instanceof NumericColumn<?> ? RIGHT : "";
    }
}
