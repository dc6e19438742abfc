package dev.visionbook.engine.answers;

import dev.visionbook.engine.analysis.Scene;
import dev.visionbook.engine.analysis.Transcript;
import dev.visionbook.engine.analysis.Utterance;
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

    /** The utterances that start in [from, to), one line each with its MM:SS time. */
    static String lines(Transcript transcript, double from, double to) {
        if (transcript == null || transcript.unavailable() != null) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        for (Utterance u : transcript.utterances()) {
            if (u.start() >= from - 1e-6 && u.start() < to) {
                out.append("- **[").append(Md.time(u.start())).append("]** ").append(u.text()).append('\n');
            }
        }
        return out.toString();
    }
}
