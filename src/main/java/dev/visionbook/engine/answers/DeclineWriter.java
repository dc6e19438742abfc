package dev.visionbook.engine.answers;

import java.util.List;

/**
 * Requests that need a language model (a jingle, a poem, how something was manufactured): a
 * short, plain statement that the local engine cannot do it, and what it did measure.
 */
final class DeclineWriter {

    String write(List<Evidence> media) {
        StringBuilder out = new StringBuilder();
        out.append("This request asks for creative writing or open reasoning, which the local engine cannot do:"
                + " no language model runs here, and it will not imitate one.\n\n");
        if (!media.isEmpty()) {
            out.append("What it measured, which a model would start from:\n\n");
            for (Evidence e : media) {
                out.append("### ").append(e.title()).append(" — ").append(e.label()).append("\n");
                DescribeWriter.part(out, e);
                out.append('\n');
            }
        }
        Md.measured(out, media);
        Md.footer(out, "creative writing and open reasoning need the real service");
        return out.toString();
    }
}
