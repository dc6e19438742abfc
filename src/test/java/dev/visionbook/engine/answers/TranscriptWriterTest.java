package dev.visionbook.engine.answers;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.visionbook.engine.analysis.Transcript;
import dev.visionbook.engine.analysis.Utterance;
import dev.visionbook.engine.analysis.Word;
import java.util.List;
import org.junit.jupiter.api.Test;

class TranscriptWriterTest {

    private static final Transcript ACROSS_A_CUT = new Transcript("test", List.of(new Utterance(10.8, 18.0, List.of(
            new Word("rather", 10.8, 11.2), new Word("selfish", 11.3, 12.0), new Word("he", 16.6, 16.8),
            new Word("might", 16.9, 17.4)))), null, 0.3);

    @Test
    void anUtteranceOverACutIsSplitThereByItsWordsTimes() {
        assertEquals("- **[00:10]** rather selfish\n", TranscriptWriter.lines(ACROSS_A_CUT, 0, 16.5));
        assertEquals("- **[00:16]** he might\n", TranscriptWriter.lines(ACROSS_A_CUT, 16.5, 23));
        assertEquals("", TranscriptWriter.lines(ACROSS_A_CUT, 23, 27));
    }

    @Test
    void noTranscriptGivesNoLines() {
        assertEquals("", TranscriptWriter.lines(Transcript.none("no audio track"), 0, 10));
        assertEquals("", TranscriptWriter.lines(null, 0, 10));
    }
}
