package dev.visionbook.engine.render;

import dev.visionbook.engine.answers.Answer;
import dev.visionbook.engine.answers.Evidence;
import dev.visionbook.engine.answers.Found;
import dev.visionbook.engine.answers.Lead;
import dev.visionbook.engine.answers.Section;
import dev.visionbook.engine.question.Form;
import dev.visionbook.engine.question.Style;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * An {@link Answer} as Markdown: the direct answer first, then the details, the parts measured and
 * a closing note that no language model ran. A style the request asks for ("a single number",
 * "yes or no", "one sentence", "one word") gives that alone when the answer has it.
 */
public final class MarkdownRenderer {

    static final String NO_MODEL = "**No language model runs here.** This answer comes from the local visionbook"
            + " engine and reports only what it measured";

    static final String SHORT_NOTE = "Measured by the local visionbook engine; no language model runs here.";

    public String render(Answer answer) {
        Optional<String> short_ = Shortest.of(answer);
        if (short_.isPresent()) {
            return short_.get();
        }
        StringBuilder out = new StringBuilder();
        if (answer.question().form() == Form.CAPTION && answer.lead() instanceof Lead.Statement caption) {
            // A caption is one line; the note that no model wrote it is kept, short.
            return caption.sentence() + "\n\n*" + SHORT_NOTE + "*\n";
        }
        lead(out, answer.lead());
        for (Section section : answer.sections()) {
            section(out, section);
        }
        measured(out, answer.parts());
        out.append("\n---\n").append(NO_MODEL).append(answer.limitation().isEmpty() ? "." : "; "
                + answer.limitation() + ".").append(" For a model's answer, set GEMINI_API_KEY and run the same code"
                + " against the Gemini API.\n");
        return out.toString();
    }

    private static void lead(StringBuilder out, Lead lead) {
        if (lead instanceof Lead.Boxes boxes) {
            if (boxes.found().isEmpty()) {
                out.append("The local engine found no ").append(quoted(boxes.asked())).append(" here: ")
                        .append(Phrases.RECOGNISES).append(".\n\n");
                return;
            }
            out.append("Found ").append(boxes.found().size()).append(boxes.found().size() == 1 ? " match" : " matches")
                    .append(" for ").append(quoted(boxes.asked()));
            if (!boxes.missing().isEmpty()) {
                out.append("; it cannot find ").append(String.join(", ", boxes.missing().stream()
                        .map(MarkdownRenderer::quoted).toList())).append(" here, so ")
                        .append(boxes.missing().size() == 1 ? "that has" : "those have").append(" no box");
            }
            out.append(":\n\n");
            boxes.found().forEach(f -> out.append("- ").append(f.label()).append(": ")
                    .append(boxes.points() ? Phrases.point(f) : Phrases.box(f.box())).append(" (").append(f.where())
                    .append(")\n"));
            out.append('\n').append(boxes.points() ? "Points are [y, x]" : "Boxes are [ymin, xmin, ymax, xmax]")
                    .append(", scaled to 0–1000 of the image's height and width.\n\n");
        } else if (lead instanceof Lead.Presence p) {
            out.append(p.present() ? "**Yes**: " + Phrases.found(p.found()) + "."
                    : Phrases.notFound(p.asked(), p.others())).append("\n\n");
        } else if (lead instanceof Lead.Count c) {
            out.append("**").append(c.count()).append("** ").append(c.asked()).append(c.count() == 0 ? " found." : ".")
                    .append("\n\n");
        } else if (lead instanceof Lead.Colours c) {
            out.append(Phrases.colours(c)).append("\n\n");
        } else if (lead instanceof Lead.Read r) {
            if (!r.language().isEmpty()) {
                out.append("The local engine cannot translate into ").append(r.language()).append(": no language model"
                        + " runs here. ").append(r.lines().isEmpty() ? "It read no text to translate."
                        : "The text as read:").append("\n\n");
            } else if (r.lines().isEmpty()) {
                out.append("No text was read.\n\n");
            } else {
                out.append("The text reads:\n\n");
            }
            r.lines().forEach(line -> out.append("> ").append(line).append("\n"));
            out.append(r.lines().isEmpty() ? "" : "\n");
        } else if (lead instanceof Lead.Statement s) {
            out.append(s.sentence()).append("\n\n");
        } else if (lead instanceof Lead.CannotTell c) {
            out.append(Phrases.cannotTell(c)).append("\n\n");
        }
    }

    private static void section(StringBuilder out, Section section) {
        if (!section.title().isEmpty()) {
            out.append("**").append(section.title()).append("**\n\n");
        }
        for (Section.Item item : section.items()) {
            if (item instanceof Section.Thing t) {
                Found f = t.found();
                out.append("- ").append(f.label()).append(": ").append(Phrases.box(f.box())).append(" (")
                        .append(f.where()).append(Double.isNaN(f.score()) ? "" : String.format(Locale.ROOT,
                                ", score %.2f", f.score())).append(")\n");
            } else if (item instanceof Section.Fact fact) {
                out.append("- ").append(fact.name()).append(": ").append(fact.value()).append('\n');
            } else if (item instanceof Section.Said said) {
                out.append("- **[").append(Phrases.time(said.at())).append("]** ").append(said.words()).append('\n');
            } else if (item instanceof Section.Note note) {
                out.append('\n').append(note.text()).append('\n');
            } else if (item instanceof Section.Table table) {
                table(out, table);
            } else if (item instanceof Section.Quiz quiz) {
                for (int i = 0; i < quiz.questions().size(); i++) {
                    out.append(i + 1).append(". ").append(quiz.questions().get(i)).append('\n');
                }
                out.append("\n**Answer key**\n\n");
                for (int i = 0; i < quiz.answers().size(); i++) {
                    out.append(i + 1).append(". ").append(quiz.answers().get(i)).append('\n');
                }
            }
        }
        out.append('\n');
    }

    private static void table(StringBuilder out, Section.Table table) {
        out.append("| ").append(String.join(" | ", table.header())).append(" |\n|")
                .append("---|".repeat(table.header().size())).append('\n');
        for (List<String> row : table.rows()) {
            out.append("| ").append(String.join(" | ", row.stream().map(c -> c.replace("|", "\\|")).toList()))
                    .append(" |\n");
        }
        out.append('\n');
    }

    private static void measured(StringBuilder out, List<Evidence> parts) {
        if (parts.isEmpty()) {
            return;
        }
        out.append("**Measured parts**\n");
        for (Evidence e : parts) {
            out.append("- ").append(e.title()).append(" · ").append(e.label()).append(" · ").append(e.mimeType())
                    .append(" · ").append(Phrases.size(e.sizeBytes()));
            if (e.width() > 0) {
                out.append(" · ").append(e.width()).append(" × ").append(e.height()).append(" px");
            }
            if (e.seconds() > 0) {
                out.append(" · ").append(String.format(Locale.ROOT, "%.1f s", e.seconds()));
            }
            if (e.failed()) {
                out.append(" · could not be analysed: ").append(e.error());
            }
            out.append('\n');
        }
    }

    static String quoted(String s) {
        return "\"" + s + "\"";
    }

    /** Whether the answer's styles ask for less than the whole Markdown. */
    static boolean terse(Answer answer) {
        return answer.question().has(Style.NUMBER_ONLY) || answer.question().has(Style.YES_NO)
                || answer.question().has(Style.ONE_WORD) || answer.question().has(Style.ONE_SENTENCE);
    }
}
