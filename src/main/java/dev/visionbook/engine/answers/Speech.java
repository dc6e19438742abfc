package dev.visionbook.engine.answers;

import dev.visionbook.engine.analysis.Transcript;
import dev.visionbook.engine.analysis.Utterance;
import dev.visionbook.engine.analysis.Word;
import java.util.ArrayList;
import java.util.List;

/** Speech as answer items: what was said in a time window, an utterance a line. */
final class Speech {

    private Speech() {
    }

    /**
     * The speech said in [from, to), a line per utterance with its start. An utterance that runs
     * over the window's edge is split there by its words' times, so each window quotes what was
     * said in it.
     */
    static List<Section.Said> said(Transcript transcript, double from, double to) {
        List<Section.Said> said = new ArrayList<>();
        if (transcript == null || transcript.unavailable() != null) {
            return said;
        }
        for (Utterance u : transcript.utterances()) {
            List<Word> inside = u.words().stream().filter(w -> w.start() >= from - 1e-6 && w.start() < to).toList();
            if (!inside.isEmpty()) {
                said.add(new Section.Said(inside.get(0).start(), String.join(" ", inside.stream().map(Word::text)
                        .toList())));
            }
        }
        return said;
    }

    /** The note on how the speech was recognised, or why there is none. */
    static String note(Transcript transcript) {
        return Md.speechNote(transcript);
    }
}
