package dev.visionbook.display;

import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.Table;

/** A Tablesaw table as a GFM Markdown table; numeric columns right-aligned. */
final class TableMarkdown {

    // Characters that would otherwise end a cell or start Markdown inline syntax.
    private static final String SPECIAL = "\\|`*_[]<>~&";

    private TableMarkdown() {
    }

    static String render(Table table) {
        StringBuilder markdown = new StringBuilder("|");
        for (int c = 0; c < table.columnCount(); c++) {
            markdown.append(' ').append(cell(table.column(c).name())).append(" |");
        }
        markdown.append("\n|");
        for (int c = 0; c < table.columnCount(); c++) {
            markdown.append(table.column(c) instanceof NumericColumn<?> ? " ---: |" : " --- |");
        }
        for (int r = 0; r < table.rowCount(); r++) {
            markdown.append("\n|");
            for (int c = 0; c < table.columnCount(); c++) {
                markdown.append(' ').append(cell(table.column(c).getString(r))).append(" |");
            }
        }
        return markdown.toString();
    }

    private static String cell(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                // A line break would end the table row.
                escaped.append(' ');
            } else {
                if (SPECIAL.indexOf(c) >= 0) {
                    escaped.append('\\');
                }
                escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
