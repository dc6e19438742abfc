package dev.visionbook.engine.answers;

import dev.visionbook.engine.analysis.ImageAnalysis;
import dev.visionbook.engine.question.Form;
import dev.visionbook.engine.question.Question;
import dev.visionbook.engine.question.Subject;
import dev.visionbook.engine.question.Target;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** "Is it blurry?", "How big is the image?", "How big is the cat?", "How long is the video?": the measurement itself. */
final class MeasureWriter implements Writer {

    @Override
    public Answer write(Question q, List<Evidence> parts) {
        List<String> sentences = new ArrayList<>();
        Boolean yes = null;
        List<Found> found = new ArrayList<>();
        for (Evidence e : parts) {
            String prefix = parts.size() > 1 ? e.title() + ": " : "";
            ImageAnalysis a = Match.picture(e);
            if (q.form() == Form.SHARPNESS) {
                if (a == null) {
                    sentences.add(prefix + "there is no picture to judge.");
                    continue;
                }
                yes = q.text().toLowerCase(Locale.ROOT).contains("blur") ? a.blurry() : !a.blurry();
                sentences.add(prefix + (a.blurry() ? "It looks blurry: " : "It looks sharp: ") + Md.sharpness(a) + ".");
                continue;
            }
            Subject subject = q.subject().orElse(null);
            if (subject != null && a != null && !(subject.target() instanceof Target.Anything)) {
                List<Found> named = Match.found(e, Match.of(subject, a));
                if (named.isEmpty()) {
                    sentences.add(prefix + "No " + subject.name() + " was found to measure.");
                } else {
                    Found f = named.get(0);
                    found.add(f);
                    sentences.add(prefix + "The " + subject.name() + "'s box covers " + Md.percent(f.area())
                            + " of the picture (" + Math.round((f.box()[3] - f.box()[1]) / 1000.0 * a.width())
                            + " × " + Math.round((f.box()[2] - f.box()[0]) / 1000.0 * a.height()) + " px).");
                }
                continue;
            }
            StringBuilder s = new StringBuilder(prefix);
            if (e.width() > 0) {
                s.append(e.width()).append(" × ").append(e.height()).append(" px");
                if (a != null) {
                    s.append(", ").append(a.orientation());
                }
            }
            if (e.seconds() > 0) {
                s.append(s.length() > prefix.length() ? ", " : "").append(Md.seconds(e.seconds())).append(" long");
            }
            s.append(s.length() > prefix.length() ? ", " : "").append(Md.size(e.sizeBytes())).append('.');
            sentences.add(s.toString());
        }
        String sentence = String.join(" ", sentences);
        return new Answer(q, new Lead.Statement(sentence), new Facts(sentence, yes, null, found, List.of(), List.of(),
                List.of(), List.of()), List.of(), parts, "");
    }
}
