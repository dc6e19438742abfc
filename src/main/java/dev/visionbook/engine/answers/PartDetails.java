package dev.visionbook.engine.answers;

import dev.visionbook.engine.analysis.Detection;
import dev.visionbook.engine.analysis.ImageAnalysis;
import dev.visionbook.engine.analysis.Scene;
import dev.visionbook.engine.analysis.VideoAnalysis;
import java.util.ArrayList;
import java.util.List;

/** Every measurement of one part, as detail items: what a description lists under each part. */
final class PartDetails {

    private PartDetails() {
    }

    static List<Section.Item> of(Evidence e) {
        List<Section.Item> items = new ArrayList<>();
        if (e.failed()) {
            items.add(new Section.Note("Could not be analysed: " + e.error()));
        } else if (e.image() != null) {
            image(items, e, e.image());
        } else if (e.video() != null) {
            video(items, e.video());
        } else if (e.audio() != null) {
            items.add(new Section.Note(Sentences.of(e)));
        }
        return items;
    }

    private static void image(List<Section.Item> items, Evidence e, ImageAnalysis a) {
        items.add(new Section.Fact("Size", a.width() + " × " + a.height() + " px, " + a.orientation()));
        items.add(new Section.Fact("Background", a.plainBackground() ? "plain " + a.background()
                : "not plain (a photo or busy scene; objects are not outlined, only recognised)"));
        List<Detection> things = a.ofKind("thing");
        items.add(new Section.Fact("Recognised (object detector, 80 COCO classes)", things.isEmpty() ? "nothing"
                : things.size() + (things.size() == 1 ? " thing" : " things")));
        things.forEach(d -> items.add(new Section.Thing(Found.of(e.number(), d, a.width(), a.height()))));
        List<Detection> objects = a.ofKind("object");
        if (!objects.isEmpty()) {
            items.add(new Section.Fact("Objects outlined", String.valueOf(objects.size())));
            objects.forEach(d -> items.add(new Section.Thing(Found.of(e.number(), d, a.width(), a.height()))));
        }
        List<Detection> inside = a.ofKind("part");
        if (!inside.isEmpty()) {
            items.add(new Section.Fact("Detailed parts inside outlined objects", String.valueOf(inside.size())));
            inside.forEach(d -> items.add(new Section.Thing(Found.of(e.number(), d, a.width(), a.height()))));
        }
        List<Detection> faces = a.ofKind("face");
        items.add(new Section.Fact("Faces", faces.isEmpty() ? "none found" : faces.size() + " found"));
        faces.forEach(d -> items.add(new Section.Thing(Found.of(e.number(), d, a.width(), a.height()))));
        items.add(new Section.Fact("Text read", a.text().isEmpty() ? "none" : String.join(" / ", a.text().stream()
                .map(line -> "\"" + line.text() + "\" (" + Md.where(line.box(), a.width(), a.height()) + ")").toList())));
        items.add(new Section.Fact("Main colours", Md.colours(a.colours())));
        items.add(new Section.Fact("Sharpness", Md.sharpness(a)));
        a.notes().forEach(note -> items.add(new Section.Note(note)));
    }

    private static void video(List<Section.Item> items, VideoAnalysis v) {
        items.add(new Section.Fact("Length", Md.seconds(v.seconds()) + ", " + v.width() + " × " + v.height()
                + " px, " + v.scenes().size() + (v.scenes().size() == 1 ? " scene" : " scenes")));
        for (Scene s : v.scenes()) {
            items.add(new Section.Fact(Md.time(s.start()) + "–" + Md.time(s.end()), Md.frame(s.keyFrame())));
        }
    }
}
