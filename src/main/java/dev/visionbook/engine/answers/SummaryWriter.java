package dev.visionbook.engine.answers;

import dev.visionbook.engine.analysis.Scene;
import dev.visionbook.engine.analysis.TextSpan;
import dev.visionbook.engine.analysis.Transcript;
import dev.visionbook.engine.analysis.VideoAnalysis;
import java.util.List;

/**
 * "Summarize this video. Then create a quiz with answer key": the measured outline of each video
 * (scenes with their key frames, on-screen text, speech) and, when asked, a quiz built
 * mechanically from what was said and shown.
 */
final class SummaryWriter {

    String write(Intent intent, List<Evidence> media) {
        StringBuilder out = new StringBuilder();
        for (Evidence e : media) {
            out.append("### ").append(e.title()).append(" — ").append(e.label()).append("\n");
            if (e.video() == null) {
                DescribeWriter.part(out, e);
                out.append('\n');
                continue;
            }
            VideoAnalysis v = e.video();
            out.append("**Outline**, from ").append(v.scenes().size()).append(v.scenes().size() == 1 ? " scene" :
                    " scenes").append(" over ").append(Md.seconds(v.seconds())).append(", frames sampled at ")
                    .append(Md.fps(v.fps())).append(":\n\n");
            out.append("| Scene | From | To | Key frame | What the key frame shows |\n|---|---|---|---|---|\n");
            int n = 1;
            for (Scene s : v.scenes()) {
                out.append("| ").append(n++).append(" | ").append(Md.time(s.start())).append(" | ")
                        .append(Md.time(s.end())).append(" | ").append(Md.time(s.keyFrameAt())).append(" | ")
                        .append(DescribeWriter.frame(s.keyFrame()).replace("|", "\\|")).append(" |\n");
            }
            out.append('\n');
            text(out, v.text());
            Transcript t = v.transcript();
            String said = TranscriptWriter.lines(t, 0, Double.MAX_VALUE);
            out.append("**Speech**\n\n").append(said.isEmpty() ? "*(none recognised)*\n" : said).append('\n')
                    .append(Md.speechNote(t)).append("\n\n");
            if (intent.quiz()) {
                out.append(new QuizMaker(v).write());
            }
        }
        Md.measured(out, media);
        Md.footer(out, intent.quiz() ? "the outline lists measurements rather than a model's summary, and the quiz"
                + " is made mechanically from the transcript and on-screen text" : "the outline lists measurements"
                + " rather than a model's summary");
        return out.toString();
    }

    static void text(StringBuilder out, List<TextSpan> spans) {
        out.append("**Text on screen**\n\n");
        if (spans.isEmpty()) {
            out.append("*(none read)*\n\n");
            return;
        }
        for (TextSpan span : spans) {
            out.append("- ").append(Md.time(span.from())).append("–").append(Md.time(span.to())).append(": \"")
                    .append(span.first()).append('"');
            if (span.changing()) {
                out.append(" … \"").append(span.last()).append("\" (its numbers change)");
            }
            out.append('\n');
        }
        out.append('\n');
    }
}
