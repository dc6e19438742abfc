package dev.visionbook.engine.answers;

import dev.visionbook.engine.analysis.TextLine;
import java.util.List;

/** "Read the text in this image": each line Tesseract read, with its box; for videos, text by time. */
final class TextWriter {

    String write(List<Evidence> media) {
        StringBuilder out = new StringBuilder();
        for (Evidence e : media) {
            out.append("### ").append(e.title()).append(" — ").append(e.label()).append("\n\n");
            if (e.image() != null) {
                List<TextLine> lines = e.image().text();
                if (lines.isEmpty()) {
                    out.append("No text was read.\n");
                }
                for (TextLine line : lines) {
                    out.append("- \"").append(line.text()).append("\": ")
                            .append(Md.box(line.box(), e.image().width(), e.image().height()))
                            .append(" (confidence ").append(line.confidence()).append(" %)\n");
                }
                e.image().notes().forEach(note -> out.append("- Note: ").append(note).append('\n'));
            } else if (e.video() != null) {
                SummaryWriter.text(out, e.video().text());
            } else {
                DescribeWriter.part(out, e);
            }
            out.append('\n');
        }
        Md.measured(out, media);
        Md.footer(out, "text was read by Tesseract OCR; words read with low confidence are left out");
        return out.toString();
    }
}
