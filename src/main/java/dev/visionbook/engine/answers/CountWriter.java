package dev.visionbook.engine.answers;

import dev.visionbook.engine.analysis.Detection;
import dev.visionbook.engine.analysis.ImageAnalysis;
import java.util.List;

/** "How many X are there?": the detections that match X, or all that were measured when none does. */
final class CountWriter {

    String write(Intent intent, List<Evidence> media) {
        StringBuilder out = new StringBuilder();
        for (Evidence e : media) {
            ImageAnalysis a = e.image() != null ? e.image()
                    : e.video() != null ? e.video().scenes().get(0).keyFrame() : null;
            out.append("### ").append(e.title()).append(" — ").append(e.label()).append("\n\n");
            if (a == null) {
                out.append("Nothing to count in this part.\n\n");
                continue;
            }
            List<Detection> matches = BoxWriter.matching(a.detections(), intent.target());
            if (!matches.isEmpty()) {
                out.append("**").append(matches.size()).append("** ").append(intent.target()).append(" (matched by"
                        + " recognised class or measured label):\n");
                Md.detections(out, matches, a.width(), a.height());
            } else {
                List<Detection> objects = a.ofKind("object");
                out.append("The local engine found no \"").append(intent.target()).append("\" here; ")
                        .append(BoxWriter.RECOGNISES).append(" It recognised ").append(a.ofKind("thing").size())
                        .append(a.ofKind("thing").size() == 1 ? " thing, " : " things, ").append("outlined ")
                        .append(objects.size()).append(objects.size() == 1 ? " object, " : " objects, ")
                        .append(a.ofKind("face").size()).append(" faces and ").append(a.text().size())
                        .append(" lines of text:\n");
                Md.detections(out, a.detections(), a.width(), a.height());
            }
            out.append('\n');
        }
        Md.measured(out, media);
        Md.footer(out, "counts are of what the object and face detectors found, outlined objects and text lines");
        return out.toString();
    }
}
