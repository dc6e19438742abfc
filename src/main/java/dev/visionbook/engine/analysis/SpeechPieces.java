package dev.visionbook.engine.analysis;

import java.util.Arrays;
import java.util.function.Consumer;

/**
 * Cuts a stream of mono 16-bit samples into pieces of speech that can be recognised apart: each
 * piece ends at the quietest moment between {@link #MIN_SECONDS} and {@link #MAX_SECONDS} after
 * its start (a pause between words or sentences), so no word is cut in two. Each piece also
 * carries the {@link #CONTEXT_SECONDS} of sound before it, for the recogniser to adapt to the
 * voice and the room again (its cepstral mean starts from scratch in every process; without
 * them, the word error rate of cut sound rose by a sixth); words heard in them belong to the
 * piece before and are dropped. Recognising in pieces bounds the recogniser's cost per second,
 * which grows with the length of what it is given, and lets several pieces run at once.
 *
 * <pre>{@code
 * SpeechPieces pieces = new SpeechPieces(16_000, piece -> recognise(piece));
 * pieces.add(samples);   // as they are decoded, any length
 * pieces.finish();       // the rest, as the last piece
 * }</pre>
 *
 * <p>Not thread-safe: one decoding thread feeds it.
 */
final class SpeechPieces {

    /**
     * A piece: its samples, the first {@code context} of them from before it, and where the first
     * one is in the whole stream.
     */
    record Piece(int index, long firstSample, int context, short[] samples) {
        /** When the samples start, context included. */
        double startSeconds(int rate) {
            return firstSample / (double) rate;
        }

        /** When the piece itself starts: words before this belong to the piece before. */
        double ownStartSeconds(int rate) {
            return (firstSample + context) / (double) rate;
        }
    }

    /** Pieces are at least this long, unless the audio is shorter. */
    static final double MIN_SECONDS = 20;
    /** Pieces are cut at the quietest moment before this length. */
    static final double MAX_SECONDS = 40;
    /** Sound before a piece that goes with it, for the recogniser to adapt. */
    static final double CONTEXT_SECONDS = 4;
    /** The quietness of a moment is the energy of this much sound around it. */
    private static final double WINDOW_SECONDS = 0.3;

    private final int rate;
    private final Consumer<Piece> sink;
    private short[] buffer;
    private short[] context = new short[0];
    private int filled;
    private long firstSample;
    private int index;

    /** @param sink receives the pieces in order, on the thread that calls {@link #add} and {@link #finish} */
    SpeechPieces(int rate, Consumer<Piece> sink) {
        this.rate = rate;
        this.sink = sink;
        this.buffer = new short[(int) (MAX_SECONDS * rate) + rate];
    }

    /** Takes in more samples; hands over each piece as soon as its end is known. */
    void add(short[] samples) {
        int offset = 0;
        while (offset < samples.length) {
            int count = Math.min(samples.length - offset, buffer.length - filled);
            System.arraycopy(samples, offset, buffer, filled, count);
            filled += count;
            offset += count;
            while (filled >= MAX_SECONDS * rate) {
                cut(quietestCut());
            }
        }
    }

    /** Hands over what is left as the last piece (nothing when nothing is left). */
    void finish() {
        if (filled > 0) {
            cut(filled);
        }
    }

    /** Number of pieces handed over so far. */
    int count() {
        return index;
    }

    private void cut(int at) {
        short[] samples = new short[context.length + at];
        System.arraycopy(context, 0, samples, 0, context.length);
        System.arraycopy(buffer, 0, samples, context.length, at);
        sink.accept(new Piece(index++, firstSample - context.length, context.length, samples));
        context = Arrays.copyOfRange(samples, Math.max(0, samples.length - (int) (CONTEXT_SECONDS * rate)),
                samples.length);
        System.arraycopy(buffer, at, buffer, 0, filled - at);
        filled -= at;
        firstSample += at;
    }

    /**
     * The middle of the quietest window between the minimum and maximum piece lengths: a running
     * sum of squared samples over the window, so the search is linear in the samples.
     */
    private int quietestCut() {
        int window = (int) (WINDOW_SECONDS * rate);
        int from = (int) (MIN_SECONDS * rate);
        int to = (int) (MAX_SECONDS * rate);
        double energy = 0;
        for (int i = from - window; i < from; i++) {
            energy += (double) buffer[i] * buffer[i];
        }
        double quietest = energy;
        int best = from - window / 2;
        // Step by 10 ms: precise enough for a pause, and 160 times fewer comparisons.
        int step = rate / 100;
        for (int end = from; end + step <= to; end += step) {
            for (int i = end; i < end + step; i++) {
                energy += (double) buffer[i] * buffer[i] - (double) buffer[i - window] * buffer[i - window];
            }
            if (energy < quietest) {
                quietest = energy;
                best = end + step - window / 2;
            }
        }
        return best;
    }
}
