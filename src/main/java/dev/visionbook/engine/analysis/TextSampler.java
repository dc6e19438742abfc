package dev.visionbook.engine.analysis;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Decides which of a video's sampled frames are read for text, so that reading costs a fraction
 * of one OCR per sample while the text's spans keep the sampling's precision where text changes.
 *
 * <p>A frame is read every {@link #STRIDE}-th sample, at every scene cut and at the end. When a read
 * agrees with the one before (the same lines, numbers aside, as {@link TextSpans} groups them), the
 * samples in between are taken to show the earlier reading; when it differs, each sample in between
 * is read too, so a change is placed on the sample where it happened, as when every sample was
 * read. What this gives up: text that comes and goes between two agreeing reads, on screen for
 * less than {@link #STRIDE} samples and without a scene cut, is not seen. Tesseract is by far the
 * largest cost of a video's frame pass (about 180 ms per 720p frame, against 1 ms for the rest of
 * the per-sample work), and text on screen usually stays for seconds.
 *
 * <pre>{@code
 * TextSampler text = new TextSampler(frame -> reader.read(frame), spans::add);
 * text.offer(second, frame, isCut);   // every sample, in order
 * text.finish();                      // after the last
 * }</pre>
 *
 * <p>Memory: at most {@code STRIDE - 1} frames are held. Not thread-safe: one per pass over a video.
 */
final class TextSampler {

    /** Read at least every this many samples: 3 held 720p frames are 11 MB. */
    static final int STRIDE = 4;

    /** Receives every offered sample's lines, in order, read or taken from the reading before. */
    @FunctionalInterface
    interface Sink {
        void accept(double at, List<TextLine> lines);
    }

    private final Function<BufferedImage, List<TextLine>> reader;
    private final Sink sink;
    private final List<BufferedImage> held = new ArrayList<>();
    private final List<Double> heldAt = new ArrayList<>();
    private List<TextLine> lastRead;
    private int reads;

    /** @param reader reads a frame's text (OCR) */
    TextSampler(Function<BufferedImage, List<TextLine>> reader, Sink sink) {
        this.reader = reader;
        this.sink = sink;
    }

    /**
     * A sample, in time order; its lines reach the sink once a later read settles them.
     *
     * @param cut whether a new scene starts at it (it is then read)
     */
    void offer(double at, BufferedImage frame, boolean cut) {
        held.add(frame);
        heldAt.add(at);
        if (lastRead == null || cut || held.size() >= STRIDE) {
            settle();
        }
    }

    /** Reads the last sample held, if any, and hands over the rest. */
    void finish() {
        if (!held.isEmpty()) {
            settle();
        }
    }

    /** How many frames were read: for tests and benchmarks. */
    int reads() {
        return reads;
    }

    private void settle() {
        int last = held.size() - 1;
        List<TextLine> end = read(held.get(last));
        boolean agrees = lastRead != null && keys(end).equals(keys(lastRead));
        for (int i = 0; i < last; i++) {
            sink.accept(heldAt.get(i), agrees ? lastRead : read(held.get(i)));
        }
        sink.accept(heldAt.get(last), end);
        lastRead = end;
        held.clear();
        heldAt.clear();
    }

    private List<TextLine> read(BufferedImage frame) {
        reads++;
        return reader.apply(frame);
    }

    private static Set<String> keys(List<TextLine> lines) {
        return lines.stream().map(line -> TextSpans.key(line.text())).collect(Collectors.toSet());
    }
}
