package dev.visionbook.kernel;

import java.util.ArrayList;
import java.util.List;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What every notebook starts with: the helper API and display helpers imported, {@code genai}
 * ready (it connects on first use, and then prints which backend it chose into that cell), and
 * {@code display(x)} / {@code show(x)} to show something mid-cell.
 */
final class Preload {

    static final List<String> SNIPPETS = List.of(
            "import dev.visionbook.api.*;",
            "import static dev.visionbook.api.Helpers.*;",
            "import dev.visionbook.display.*;",
            "import java.nio.file.*;",
            "import java.time.*;",
            "import java.util.*;",
            "import java.awt.image.BufferedImage;",
            // System.out is read when the line comes, so it lands in the cell that first used genai.
            "GenAI genai = GenAI.connectLazily();",
            // display(x) and show(x), as one import: a method snippet each cost javac a pass apiece.
            "import static dev.visionbook.kernel.Notebook.*;");

    private static final Logger LOG = LoggerFactory.getLogger(Preload.class);

    private Preload() {
    }

    /** Runs the preload; logs the snippets that failed (a session without them still runs) and returns them. */
    static List<String> run(JShellEvaluator evaluator) {
        List<String> failed = new ArrayList<>();
        for (String snippet : SNIPPETS) {
            List<SnippetEvent> events = evaluator.eval(snippet);
            boolean ok = events.stream().anyMatch(event -> event.causeSnippet() == null
                    && event.status() == Snippet.Status.VALID && event.exception() == null);
            if (!ok) {
                failed.add(snippet);
            }
        }
        if (!failed.isEmpty()) {
            LOG.warn("These preload lines failed: {}", failed);
        }
        return failed;
    }

    /** Compiles and runs a throwaway expression so javac's code is compiled by the JIT before real cells need it. */
    static void warmUpOnce(JShellEvaluator evaluator, int round) {
        List<SnippetEvent> events = evaluator.eval("\"warm-up\".length() + " + round);
        events.stream().filter(event -> event.causeSnippet() == null).forEach(event -> evaluator.drop(event.snippet()));
        if (round == 0) {
            evaluator.analysis().completionSuggestions("genai.", 6, new int[1]);
        }
    }
}
