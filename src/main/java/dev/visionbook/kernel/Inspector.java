package dev.visionbook.kernel;

import dev.visionbook.display.MimeBundle;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import jdk.jshell.SourceCodeAnalysis;

/**
 * What shift-tab shows: the signatures JShell finds for the name at the cursor, with the helper
 * API's own Javadoc under each.
 */
final class Inspector {

    private final SourceCodeAnalysis analysis;
    private final CodeAssist assist;
    private final JavadocIndex javadoc;

    Inspector(SourceCodeAnalysis analysis, CodeAssist assist, JavadocIndex javadoc) {
        this.analysis = analysis;
        this.assist = assist;
        this.javadoc = javadoc;
    }

    /** The documentation of what is at {@code cursor} (chars), or null when there is nothing to show. */
    MimeBundle inspect(String cell, int cursor) {
        String code = CodeAssist.blankMagicLines(cell);
        int end = Math.min(cursor, code.length());
        while (end < code.length() && Character.isJavaIdentifierPart(code.charAt(end))) {
            end++;
        }
        int start = assist.snippetStart(code.substring(0, end));
        String text = code.substring(start, end);
        List<SourceCodeAnalysis.Documentation> docs = analysis.documentation(text, text.length(), false);
        if (docs.isEmpty()) {
            // On a method's name rather than inside its parentheses: ask as if the call were open.
            docs = analysis.documentation(text + "(", text.length() + 1, false);
        }
        if (docs.isEmpty()) {
            return null;
        }
        StringBuilder plain = new StringBuilder();
        Set<String> seen = new LinkedHashSet<>();
        for (SourceCodeAnalysis.Documentation doc : docs) {
            if (!seen.add(doc.signature())) {
                continue;
            }
            String described = javadoc.find(doc.signature()).map(JavadocText::plain).orElse("");
            plain.append(plain.length() > 0 ? "\n\n" : "").append(doc.signature());
            if (!described.isEmpty()) {
                plain.append("\n\n").append(described);
            }
        }
        return MimeBundle.text(plain.toString());
    }
}
