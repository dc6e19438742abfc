package dev.visionbook.display;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/** Builds a Tablesaw table from plain rows: a column of whole numbers becomes long, of other numbers double, else string. */
final class TableColumns {

    private TableColumns() {
    }

    static Table fromRows(List<String> headers, List<? extends List<?>> rows) {
        for (int r = 0; r < rows.size(); r++) {
            if (rows.get(r).size() > headers.size()) {
                throw new IllegalArgumentException("Row " + r + " has " + rows.get(r).size()
                        + " cells but there are only " + headers.size() + " headers");
            }
        }
        List<Column<?>> columns = new ArrayList<>();
        for (int c = 0; c < headers.size(); c++) {
            List<Object> cells = new ArrayList<>(rows.size());
            for (List<?> row : rows) {
                cells.add(c < row.size() ? row.get(c) : null);
            }
            columns.add(column(Objects.requireNonNull(headers.get(c), "header " + c), cells));
        }
        return Table.create(columns);
    }

    private static Column<?> column(String name, List<Object> cells) {
        List<Object> present = cells.stream().filter(Objects::nonNull).toList();
        if (!present.isEmpty() && present.stream().allMatch(TableColumns::isWholeNumber)) {
            LongColumn column = LongColumn.create(name);
            cells.forEach(cell -> {
                if (cell == null) {
                    column.appendMissing();
                } else {
                    column.append(((Number) cell).longValue());
                }
            });
            return column;
        }
        if (!present.isEmpty() && present.stream().allMatch(cell -> cell instanceof Number)) {
            DoubleColumn column = DoubleColumn.create(name);
            cells.forEach(cell -> {
                if (cell == null) {
                    column.appendMissing();
                } else {
                    column.append(((Number) cell).doubleValue());
                }
            });
            return column;
        }
        StringColumn column = StringColumn.create(name);
        cells.forEach(cell -> column.append(cell == null ? "" : String.valueOf(cell)));
        return column;
    }

    private static boolean isWholeNumber(Object cell) {
        return cell instanceof Long || cell instanceof Integer || cell instanceof Short || cell instanceof Byte;
    }
}
