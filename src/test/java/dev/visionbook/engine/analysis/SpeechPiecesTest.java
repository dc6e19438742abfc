package dev.visionbook.engine.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Cutting sound into pieces at its pauses, on made-up sound whose pauses are known. */
class SpeechPiecesTest {

    private static final int RATE = 16_000;

    /** Loud tone everywhere except the pauses, each {@code pause} seconds long, starting at the given seconds. */
    private static short[] toneWithPauses(double seconds, double pause, double... pauses) {
        short[] samples = new short[(int) (seconds * RATE)];
        for (int i = 0; i < samples.length; i++) {
            double t = i / (double) RATE;
            boolean quiet = false;
            for (double start : pauses) {
                quiet |= t >= start && t < start + pause;
            }
            samples[i] = quiet ? (short) (i % 3 - 1) : (short) (8000 * Math.sin(2 * Math.PI * 220 * t));
        }
        return samples;
    }

    private static List<SpeechPieces.Piece> cut(short[] samples, int chunk) {
        List<SpeechPieces.Piece> pieces = new ArrayList<>();
        SpeechPieces cutter = new SpeechPieces(RATE, pieces::add);
        for (int from = 0; from < samples.length; from += chunk) {
            short[] part = java.util.Arrays.copyOfRange(samples, from, Math.min(samples.length, from + chunk));
            cutter.add(part);
        }
        cutter.finish();
        return pieces;
    }

    @Test
    void pieces_end_in_the_pauses_and_cover_every_sample_once() {
        short[] sound = toneWithPauses(120, 0.5, 5, 27, 50, 71, 95);

        List<SpeechPieces.Piece> pieces = cut(sound, RATE);

        long next = 0;
        for (SpeechPieces.Piece piece : pieces) {
            assertEquals(next, piece.firstSample() + piece.context(), "pieces follow each other without gap or overlap");
            assertEquals(piece.index() == 0 ? 0 : 4 * RATE, piece.context(), "each piece but the first has 4 s before it");
            next += piece.samples().length - piece.context();
        }
        assertEquals(sound.length, next);
        // The pauses 20 to 40 s after each piece's start: 27.0-27.5 after 0, then 50.0-50.5.
        double second = pieces.get(1).ownStartSeconds(RATE);
        double third = pieces.get(2).ownStartSeconds(RATE);
        assertTrue(second > 27.0 && second < 27.5, "" + second);
        assertTrue(third > 50.0 && third < 50.5, "" + third);
        for (SpeechPieces.Piece piece : pieces.subList(0, pieces.size() - 1)) {
            double seconds = (piece.samples().length - piece.context()) / (double) RATE;
            assertTrue(seconds >= SpeechPieces.MIN_SECONDS - 0.5 && seconds <= SpeechPieces.MAX_SECONDS, "" + seconds);
        }
    }

    @Test
    void chunks_of_any_size_give_the_same_pieces() {
        short[] sound = toneWithPauses(100, 0.4, 24, 53);

        List<Long> byTheSecond = cut(sound, RATE).stream().map(SpeechPieces.Piece::firstSample).toList();
        List<Long> byOddChunks = cut(sound, 12_345).stream().map(SpeechPieces.Piece::firstSample).toList();

        assertEquals(byTheSecond, byOddChunks);
    }

    @Test
    void sound_shorter_than_a_piece_is_one_piece_and_silence_none() {
        assertEquals(1, cut(toneWithPauses(39, 0.5, 3), RATE).size());
        assertEquals(0, cut(new short[0], RATE).size());
    }

    @Test
    void sound_without_a_pause_is_still_cut_at_most_every_40_seconds() {
        List<SpeechPieces.Piece> pieces = cut(toneWithPauses(200, 0), RATE);

        assertTrue(pieces.size() >= 5, pieces.toString());
        pieces.forEach(p -> assertTrue(p.samples().length - p.context() <= SpeechPieces.MAX_SECONDS * RATE));
    }
}
