package dev.visionbook.engine.answers;

import dev.visionbook.engine.analysis.ColourShare;
import dev.visionbook.engine.analysis.Detection;
import dev.visionbook.engine.analysis.ImageAnalysis;
import dev.visionbook.engine.question.Question;
import dev.visionbook.engine.question.Subject;
import dev.visionbook.engine.question.Target;
import java.util.List;

/**
 * "What colour is the motorbike?", "Is the circle red?", "What colours are in this image?": the
 * colours of the named thing's own pixels (inside its box, or its outline's measured colour), or
 * of the whole picture when no thing is named.
 */
final class ColourWriter implements Writer {

    private final Regions regions;

    ColourWriter(Regions regions) {
        this.regions = regions;
    }

    @Override
    public Answer write(Question q, List<Evidence> parts) {
        Evidence part = parts.stream().filter(e -> Match.picture(e) != null).findFirst().orElse(null);
        if (part == null) {
            return new Answer(q, new Lead.CannotTell(q.text(), "there is no picture to take colours from."),
                    Facts.sentence(null), List.of(), parts, "");
        }
        ImageAnalysis a = Match.picture(part);
        Subject subject = q.subject().orElse(null);
        if (subject == null || subject.target() instanceof Target.Anything && subject.colour().isEmpty()) {
            List<String> names = a.colours().stream().map(ColourShare::name).toList();
            return new Answer(q, new Lead.Colours("the picture", null, a.colours(), q.attribute()),
                    new Facts(null, null, null, List.of(), names, List.of(), List.of(), List.of()), List.of(), parts,
                    "");
        }
        List<Detection> named = Match.of(subject, a);
        if (named.isEmpty() && part.video() != null) {
            // A video: the first scene whose key frame shows it.
            for (ImageAnalysis frame : Match.pictures(part)) {
                if (!Match.of(subject, frame).isEmpty()) {
                    a = frame;
                    named = Match.of(subject, frame);
                    break;
                }
            }
        }
        String note = "";
        if (named.isEmpty()) {
            // A name it cannot recognise on a drawing of one outlined object: that object's colours, said so.
            List<Detection> outlined = a.ofKind("object");
            if (outlined.size() != 1) {
                return new Answer(q, new Lead.CannotTell(q.text(), "the local engine found no \"" + subject.name()
                        + "\" to take the colour of: " + RECOGNISES + "."), Facts.sentence(null), List.of(), parts, "");
            }
            named = outlined;
            note = "the local engine cannot recognise \"" + subject.name() + "\"; these are the colours of the one"
                    + " object outlined";
        }
        Detection d = named.get(0);
        List<ColourShare> colours = d.kindOf() == Detection.Kind.TEXT && !d.colour().isEmpty()
                ? List.of(new ColourShare(d.colour(), 1.0)) : regions.colours(part, a, d.box());
        Found of = Found.of(part.number(), d, a.width(), a.height());
        Facts facts = new Facts(null, q.attribute().isEmpty() ? null
                : colours.stream().anyMatch(c -> c.name().contains(q.attribute())), null, List.of(of),
                colours.stream().map(ColourShare::name).toList(), List.of(), List.of(), List.of());
        return new Answer(q, new Lead.Colours(subject.phrase(), of, colours, q.attribute()), facts, List.of(), parts,
                note.isEmpty() ? "colours are measured inside the thing's box, its edges left out" : note);
    }
}
