package dev.visionbook.kernel;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A cell as users write it: a {@code %%cell} magic on its first line that takes the whole cell, or
 * Java code with {@code %line} magics on lines of their own, run in order.
 *
 * @param cellMagic the cell magic, or null
 * @param parts the code and line magics, in order; empty for a cell magic
 */
record CellParts(Magic cellMagic, List<Part> parts) {

    /**
     * A magic call.
     *
     * @param name the name without {@code %}
     * @param arguments the rest of its line, stripped
     * @param body for a cell magic, the lines after the first; empty otherwise
     */
    record Magic(String name, String arguments, String body) {
    }

    /**
     * Code, or a line magic, with the cell line (1-based) it starts on.
     *
     * @param magic the line magic, or null for code
     * @param code the code, or null for a magic
     * @param firstLine the cell line it starts on
     */
    record Part(Magic magic, String code, int firstLine) {
    }

    private static final Pattern MAGIC = Pattern.compile("^\\s*%([A-Za-z][\\w-]*)(.*)$");
    private static final Pattern CELL_MAGIC = Pattern.compile("^\\s*%%([A-Za-z][\\w-]*)(.*)$");

    static CellParts parse(String cell) {
        String[] lines = cell.split("\n", -1);
        int first = 0;
        while (first < lines.length && lines[first].isBlank()) {
            first++;
        }
        if (first < lines.length) {
            Matcher cellMagic = CELL_MAGIC.matcher(lines[first]);
            if (cellMagic.matches()) {
                String body = String.join("\n", Arrays.copyOfRange(lines, first + 1, lines.length));
                return new CellParts(new Magic(cellMagic.group(1), cellMagic.group(2).strip(), body), List.of());
            }
        }
        List<Part> parts = new ArrayList<>();
        List<String> code = new ArrayList<>();
        int codeStart = 1;
        for (int i = 0; i < lines.length; i++) {
            Matcher magic = MAGIC.matcher(lines[i]);
            if (magic.matches() && !lines[i].stripLeading().startsWith("%%")) {
                addCode(parts, code, codeStart);
                parts.add(new Part(new Magic(magic.group(1), magic.group(2).strip(), ""), null, i + 1));
                codeStart = i + 2;
            } else {
                code.add(lines[i]);
            }
        }
        addCode(parts, code, codeStart);
        return new CellParts(null, parts);
    }

    private static void addCode(List<Part> parts, List<String> code, int firstLine) {
        String text = String.join("\n", code);
        if (!text.isBlank()) {
            parts.add(new Part(null, text, firstLine));
        }
        code.clear();
    }
}
