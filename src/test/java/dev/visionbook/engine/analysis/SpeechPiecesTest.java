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
        short[] sound = toneWithPauses(60, 0.5, 5, 17, 30, 41, 55);

        List<SpeechPieces.Piece> pieces = cut(sound, RATE);

        long next = 0;
        for (SpeechPieces.Piece piece : pieces) {
            assertEquals(next, piece.firstSample(), "pieces follow each other without gap or overlap");
            next += piece.samples().length;
        }
        assertEquals(sound.length, next);
        // The pauses 12 to 24 s after each piece's start: 17.0-17.5 after 0, then 30.0-30.5.
        double second = pieces.get(1).startSeconds(RATE);
        double third = pieces.get(2).startSeconds(RATE);
        assertTrue(second > 17.0 && second < 17.5, "" + second);
        assertTrue(third > 30.0 && third < 30.5, "" + third);
        for (SpeechPieces.Piece piece : pieces.subList(0, pieces.size() - 1)) {
            double seconds = piece.samples().length / (double) RATE;
            assertTrue(seconds >= SpeechPieces.MIN_SECONDS - 0.5 && seconds <= SpeechPieces.MAX_SECONDS, "" + seconds);
        }
    }

    @Test
    void chunks_of_any_size_give_the_same_pieces() {
        short[] sound = toneWithPauses(50, 0.4, 14, 33);

        List<Long> byTheSecond = cut(sound, RATE).stream().map(SpeechPieces.Piece::firstSample).toList();
        List<Long> byOddChunks = cut(sound, 12_345).stream().map(SpeechPieces.Piece::firstSample).toList();

        assertEquals(byTheSecond, byOddChunks);
    }

    @Test
    void sound_shorter_than_a_piece_is_one_piece_and_silence_none() {
        assertEquals(1, cut(toneWithPauses(20, 0.5, 3), RATE).size());
        assertEquals(0, cut(new short[0], RATE).size());
    }

    @Test
    void sound_without_a_pause_is_still_cut_at_most_every_24_seconds() {
        List<SpeechPieces.Piece> pieces = cut(toneWithPauses(100, 0), RATE);

        assertTrue(pieces.size() >= 5, pieces.toString());
        pieces.forEach(p -> assertTrue(p.samples().length <= SpeechPieces.MAX_SECONDS * RATE));
    }
}
