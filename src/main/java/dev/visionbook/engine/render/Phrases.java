package dev.visionbook.engine.render;

import dev.visionbook.engine.analysis.ColourShare;
import dev.visionbook.engine.answers.Found;
import dev.visionbook.engine.answers.Lead;
import dev.visionbook.engine.answers.Md;
import java.util.List;
import java.util.stream.Collectors;

/** The sentences of the leads, shared by the Markdown and the terse renderings. */
final class Phrases {

    static final String RECOGNISES = Md.RECOGNISES;

    private Phrases() {
    }

    static String time(double seconds) {
        return Md.time(seconds);
    }

    static String size(long bytes) {
        return Md.size(bytes);
    }

    static String box(int[] b) {
        return "[" + b[0] + ", " + b[1] + ", " + b[2] + ", " + b[3] + "]";
    }

    static String point(Found f) {
        int[] p = f.point();
        return "[" + p[0] + ", " + p[1] + "]";
    }

    /** "a cat in the upper left, [120, 40, 560, 380]" for each thing found. */
    static String found(List<Found> found) {
        return found.stream().limit(8).map(f -> (f.label().matches("^[aeiou].*") ? "an " : "a ") + f.label()
                + " in the " + f.where() + ", " + box(f.box())).collect(Collectors.joining("; "))
                + (found.size() > 8 ? "; and " + (found.size() - 8) + " more" : "");
    }

    /** A detector's miss, said as what it is: not proof that the thing is absent. */
    static String notFound(String asked, List<Found> others) {
        return "**Cannot tell for sure**: the detectors did not find " + (asked.matches("^(a|an|any|the|some) .*")
                ? asked : "any " + asked) + " here" + (others.isEmpty() ? "" : " (they found " + others.stream().limit(4)
                .map(f -> (f.label().matches("^[aeiou].*") ? "an " : "a ") + f.label() + " in the " + f.where())
                .collect(Collectors.joining(", ")) + ")") + "; they can miss small, partly hidden or unusual things.";
    }

    static String colours(Lead.Colours c) {
        List<ColourShare> shares = c.colours();
        String main = shares.isEmpty() ? "no colour" : "**" + shares.get(0).name() + "**" + (shares.size() > 1
                ? ", then " + shares.subList(1, Math.min(3, shares.size())).stream().map(ColourShare::name)
                .collect(Collectors.joining(" and ")) : "");
        String of = c.of() == null ? "The picture's main colours are " + main + " ("
                + Md.colours(shares) + ")."
                : "The " + c.of().label() + " (" + c.of().where() + ", " + box(c.of().box()) + ") is mostly " + main
                + ", measured inside its box (" + Md.colours(shares) + ").";
        if (c.checked().isEmpty()) {
            return of;
        }
        return (c.matches() ? "**Yes**: " : "**No**: ") + of;
    }

    static String cannotTell(Lead.CannotTell c) {
        return "**Cannot tell from what the local engine measures** (\"" + c.question().replace("\n", " ") + "\"): "
                + c.why();
    }
}
