package dev.visionbook.engine.answers;

import dev.visionbook.engine.analysis.Detection;
import dev.visionbook.engine.analysis.ImageAnalysis;
import dev.visionbook.engine.analysis.Scene;
import dev.visionbook.engine.analysis.TextLine;
import dev.visionbook.engine.analysis.VideoAnalysis;
import java.util.List;

/** "Describe this image": what was found in each part, where, the text read, colours and sharpness. */
final class DescribeWriter {

    String write(List<Evidence> media, boolean understood) {
        StringBuilder out = new StringBuilder();
        if (!understood) {
            out.append("The local engine has no writer for this kind of request, so here is what it measured in"
                    + " each part.\n\n");
        }
        for (Evidence e : media) {
            out.append("### ").append(e.title()).append(" — ").append(e.label()).append("\n");
            part(out, e);
            out.append('\n');
        }
        Md.measured(out, media);
        Md.footer(out, "things beyond the detector's 80 COCO classes, and what anything means, need a model");
        return out.toString();
    }

    static void part(StringBuilder out, Evidence e) {
        if (e.failed()) {
            out.append("Could not be analysed: ").append(e.error()).append('\n');
        } else if (e.image() != null) {
            image(out, e.image());
        } else if (e.video() != null) {
            video(out, e.video());
        } else if (e.audio() != null) {
            out.append(TranscriptWriter.lines(e.audio(), 0, Double.MAX_VALUE));
        }
    }

    static void image(StringBuilder out, ImageAnalysis a) {
        out.append("- Size: ").append(a.width()).append(" × ").append(a.height()).append(" px, ")
                .append(a.orientation()).append('\n');
        out.append("- Background: ").append(a.plainBackground() ? "plain " + a.background()
                : "not plain (a photo or busy scene; objects are not outlined, only recognised)").append('\n');
        List<Detection> things = a.ofKind("thing");
        out.append("- Recognised (object detector, 80 COCO classes): ").append(things.isEmpty() ? "nothing"
                : things.size() + (things.size() == 1 ? " thing" : " things")).append('\n');
        if (!things.isEmpty()) {
            StringBuilder nested = new StringBuilder();
            Md.detections(nested, things, a.width(), a.height());
            out.append(nested.toString().replace("- ", "  - "));
        }
        List<Detection> objects = a.ofKind("object");
        if (!objects.isEmpty()) {
            out.append("- Objects outlined (").append(objects.size()).append("), as [ymin, xmin, ymax, xmax] in"
                    + " 0–1000:\n");
            StringBuilder nested = new StringBuilder();
            Md.detections(nested, objects, a.width(), a.height());
            out.append(nested.toString().replace("- ", "  - "));
        }
        List<Detection> parts = a.ofKind("part");
        if (!parts.isEmpty()) {
            out.append("- Detailed parts inside outlined objects (").append(parts.size()).append("), as [ymin, xmin,"
                    + " ymax, xmax] in 0–1000:\n");
            StringBuilder nested = new StringBuilder();
            Md.detections(nested, parts, a.width(), a.height());
            out.append(nested.toString().replace("- ", "  - "));
        }
        List<Detection> faces = a.ofKind("face");
        out.append("- Faces: ").append(faces.isEmpty() ? "none found" : faces.size() + " found").append('\n');
        if (!faces.isEmpty()) {
            StringBuilder nested = new StringBuilder();
            Md.detections(nested, faces, a.width(), a.height());
            out.append(nested.toString().replace("- ", "  - "));
        }
        out.append("- Text read: ").append(a.text().isEmpty() ? "none" : String.join(" / ",
                a.text().stream().map(line -> "\"" + line.text() + "\" (" + Md.where(line.box(), a.width(),
                        a.height()) + ")").toList())).append('\n');
        out.append("- Main colours: ").append(Md.colours(a.colours())).append('\n');
        out.append("- Sharpness: ").append(Md.sharpness(a)).append('\n');
        for (String note : a.notes()) {
            out.append("- Note: ").append(note).append('\n');
        }
    }

    /** One line per scene with its key frame's findings. */
    static void video(StringBuilder out, VideoAnalysis v) {
        out.append("- ").append(Md.seconds(v.seconds())).append(", ").append(v.width()).append(" × ")
                .append(v.height()).append(" px, ").append(v.scenes().size())
                .append(v.scenes().size() == 1 ? " scene" : " scenes").append(" (cuts found where the colours of"
                + " consecutive frames, sampled at ").append(Md.fps(v.fps())).append(", change)\n");
        for (Scene s : v.scenes()) {
            out.append("  - ").append(Md.time(s.start())).append("–").append(Md.time(s.end())).append(": ")
                    .append(frame(s.keyFrame())).append('\n');
        }
    }

    /** A key frame in one line: objects, faces, text, colours. */
    static String frame(ImageAnalysis a) {
        StringBuilder line = new StringBuilder();
        List<String> things = a.detections().stream()
                .filter(d -> !d.kind().equals("text") && !d.label().startsWith("text \""))
                .map(d -> d.label() + " (" + Md.where(d.box(), a.width(), a.height()) + ")").toList();
        if (!things.isEmpty()) {
            line.append(String.join(", ", things)).append("; ");
        }
        List<TextLine> text = a.text();
        if (!text.isEmpty()) {
            line.append("text ").append(String.join(" / ", text.stream().map(t -> "\"" + t.text() + "\"").toList()))
                    .append("; ");
        }
        line.append(a.plainBackground() ? "plain " + a.background() + " background; " : "");
        line.append("colours ").append(Md.colours(a.colours()));
        if (a.blurry()) {
            line.append("; blurry");
        }
        return line.toString();
    }
}
