package dev.visionbook.engine.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;

/**
 * Reading a video's text at a stride, with Tesseract, on frames drawn here: the spans are those
 * of reading every sample, from fewer reads. Needs Debian's tesseract-ocr-eng.
 */
class TextSamplerTest {

    private static final TextReader READER = new TextReader();

    @Test
    void textThatAppearsBetweenTwoReadsStartsOnTheSampleItAppearedOn() {
        IntFunction<String> script = second -> second >= 5 ? "JUPITER" : "";
        assertEquals(everySample(script, 12), sampled(script, 12).spans());
        TextSpan jupiter = sampled(script, 12).spans().get(0);
        assertEquals(5.0, jupiter.from(), 0);
        assertEquals(12.0, jupiter.to(), 0);
    }

    @Test
    void framesWithoutTextAreReadOnceEveryStride() {
        Run run = sampled(second -> "", 12);
        assertTrue(run.spans().isEmpty(), run.spans().toString());
        // The first sample, then every fourth: 0, 4, 8, and the last, 11.
        assertEquals(4, run.reads());
    }

    /** A clock's numbers change every second; its reads agree as TextSpans groups them, so it costs no more. */
    @Test
    void aClockIsOneSpanFromItsFirstToItsLastReading() {
        IntFunction<String> script = second -> String.format("PRICE 1%d0", second);
        Run run = sampled(script, 9);
        assertEquals(List.of(new TextSpan("PRICE 100", "PRICE 180", 0, 9)), run.spans());
        assertEquals(3, run.reads(), "0, 4 and 8");
    }

    @Test
    void aSceneCutIsReadAtOnce() {
        IntFunction<String> script = second -> second < 2 ? "MARS" : "VENUS";
        Run cut = sampled(script, 4, 2);
        assertEquals(everySample(script, 4), cut.spans());
        assertEquals(List.of("MARS", "VENUS"), cut.spans().stream().map(TextSpan::first).toList());
    }

    private record Run(List<TextSpan> spans, int reads) {
    }

    /** @param cuts the seconds at which a new scene starts */
    private static Run sampled(IntFunction<String> script, int seconds, int... cuts) {
        TextSpans spans = new TextSpans(1);
        TextSampler sampler = new TextSampler(READER::read, spans::add);
        for (int second = 0; second < seconds; second++) {
            int at = second;
            sampler.offer(second, frame(script.apply(second)), java.util.Arrays.stream(cuts).anyMatch(c -> c == at));
        }
        sampler.finish();
        return new Run(spans.finish(), sampler.reads());
    }

    private static List<TextSpan> everySample(IntFunction<String> script, int seconds) {
        TextSpans spans = new TextSpans(1);
        for (int second = 0; second < seconds; second++) {
            spans.add(second, READER.read(frame(script.apply(second))));
        }
        return spans.finish();
    }

    private static BufferedImage frame(String text) {
        BufferedImage frame = new BufferedImage(320, 180, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = frame.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 320, 180);
        g.setColor(Color.BLACK);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 36));
        g.drawString(text, 30, 100);
        g.dispose();
        return frame;
    }
}
