package dev.visionbook.engine.answers;

import dev.visionbook.engine.analysis.Scene;
import dev.visionbook.engine.analysis.Transcript;
import dev.visionbook.engine.analysis.Utterance;
import dev.visionbook.engine.analysis.Word;
import java.util.List;

/**
 * "Transcribe the audio, giving timestamps. Also provide visual descriptions.": the recognised
 * speech with MM:SS times, shot by shot, each shot with its key frame's description.
 */
final class TranscriptWriter {

    String write(List<Evidence> media) {
        StringBuilder out = new StringBuilder();
        for (Evidence e : media) {
            out.append("### ").append(e.title()).append(" — ").append(e.label()).append("\n");
            if (e.failed()) {
                out.append("Could not be analysed: ").append(e.error()).append("\n\n");
            } else if (e.video() != null) {
                int shot = 1;
                for (Scene s : e.video().scenes()) {
                    out.append("\n**").append(Md.time(s.start())).append("–").append(Md.time(s.end()))
                            .append(" · shot ").append(shot++).append("**\n\n");
                    out.append("*Visual:* ").append(DescribeWriter.frame(s.keyFrame())).append("\n\n");
                    String said = lines(e.video().transcript(), s.start(), s.end());
                    out.append(said.isEmpty() ? "*(no speech recognised in this shot)*\n" : said);
                }
                out.append('\n').append(Md.speechNote(e.video().transcript())).append("\n\n");
            } else if (e.audio() != null) {
                String said = lines(e.audio(), 0, Double.MAX_VALUE);
                out.append(said.isEmpty() ? "*(no speech recognised)*\n" : said);
                out.append('\n').append(Md.speechNote(e.audio())).append("\n\n");
            } else {
                out.append("An image has no sound to transcribe. What it shows:\n\n");
                DescribeWriter.part(out, e);
                out.append('\n');
            }
        }
        Md.measured(out, media);
        Md.footer(out, "the transcript is automatic speech recognition, unedited, and the visual descriptions"
                + " list measured objects, text and colours rather than a model's narration");
        return out.toString();
    }

    /**
     * The speech said in [from, to), a line per utterance with its MM:SS time. An utterance that
     * runs over a cut is split there by its words' times, so each shot quotes what was said in it.
     */
    static String lines(Transcript transcript, double from, double to) {
        if (transcript == null || transcript.unavailable() != null) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        for (Utterance u : transcript.utterances()) {
            List<Word> inside = u.words().stream().filter(w -> w.start() >= from - 1e-6 && w.start() < to).toList();
            if (!inside.isEmpty()) {
                out.append("- **[").append(Md.time(inside.get(0).start())).append("]** ")
                        .append(String.join(" ", inside.stream().map(Word::text).toList())).append('\n');
            }
        }
        return out.toString();
    }
}
