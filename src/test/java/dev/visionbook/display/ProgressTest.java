package dev.visionbook.display;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ProgressTest {

    /** Records each call as "event done", and counts changes so a test can wait for one. */
    static final class RecordingSink implements ProgressSink {
        final List<String> events = new CopyOnWriteArrayList<>();
        final CountDownLatch firstChange = new CountDownLatch(1);

        @Override
        public void started(Progress progress) {
            events.add("started " + progress.done());
        }

        @Override
        public void changed(Progress progress) {
            events.add("changed " + progress.done());
            firstChange.countDown();
        }

        @Override
        public void finished(Progress progress) {
            events.add("finished " + progress.done());
        }

        long count(String event) {
            return events.stream().filter(e -> e.startsWith(event + " ")).count();
        }
    }

    ProgressSink previous;
    RecordingSink sink = new RecordingSink();

    @BeforeEach
    void installRecordingSink() {
        previous = Progress.sink();
        Progress.useSink(sink);
    }

    @AfterEach
    void restoreSink() {
        Progress.useSink(previous);
    }

    @Test
    void reportsFractionPercentAndSizesAsText() {
        Progress upload = Progress.start("Uploading talk.mp4", 10_000_000);
        upload.set(4_200_000);
        assertEquals(0.42, upload.fraction(), 1e-9);
        assertEquals("Uploading talk.mp4: 42% (4.2 MB of 10 MB)", upload.mimeBundle().get("text/plain").orElseThrow());

        upload.advance(5_800_000);
        upload.message("PROCESSING 6 s");
        assertEquals(1.0, upload.fraction(), 1e-9);
        assertEquals("Uploading talk.mp4: 100% (10 MB of 10 MB) — PROCESSING 6 s", upload.toString());
        String html = upload.mimeBundle().get("text/html").orElseThrow();
        assertTrue(html.contains("<progress max=\"1\" value=\"1.0000\""), html);
        assertTrue(html.contains("PROCESSING 6 s"), html);

        upload.finish("Ready: files/abc123");
        assertEquals("Uploading talk.mp4: Ready: files/abc123", upload.toString());
        upload.advance(1);
        assertEquals(10_000_000, upload.done(), "updates after finish are ignored");
    }

    @Test
    void anUnknownTotalShowsAnIndeterminateBarUntilFinished() {
        Progress waiting = Progress.start("Waiting for <server>", -1);
        waiting.message("PROCESSING");
        assertEquals(0.0, waiting.fraction());
        assertEquals("Waiting for <server>: PROCESSING, 0 s", waiting.toString());
        String html = waiting.mimeBundle().get("text/html").orElseThrow();
        assertTrue(html.contains("<progress max=\"1\" style="), html);
        assertTrue(html.contains("Waiting for &lt;server&gt;"), html);
        waiting.finish("Active");
        assertEquals(1.0, waiting.fraction());
    }

    @Test
    void aWaitShowsItsStateAndElapsedTimeNeverBytes() {
        long[] now = {0};
        Progress waiting = Progress.start("Waiting for 'Slideshow video'", -1, () -> now[0]);
        assertEquals("Waiting for 'Slideshow video': 0 s", waiting.toString(), "no \"0 B\" before the first poll");
        waiting.message("PROCESSING");
        now[0] = 6_400_000_000L;
        assertEquals("Waiting for 'Slideshow video': PROCESSING, 6 s", waiting.toString());
        now[0] = 125_000_000_000L;
        assertTrue(waiting.mimeBundle().get("text/html").orElseThrow().contains("PROCESSING, 2 min 5 s"));
        waiting.finish("ACTIVE after 125 s");
        assertEquals("Waiting for 'Slideshow video': ACTIVE after 125 s", waiting.toString());
    }

    @Test
    void sinkHearsStartedThrottledChangesAndFinishedOnceAndLast() throws Exception {
        Progress upload = Progress.start("Uploading", 1_000_000);
        List<Progress> heard = new CopyOnWriteArrayList<>();
        upload.onChange(heard::add);
        for (int i = 0; i < 1000; i++) {
            upload.advance(1000);
        }
        upload.finish("Done");
        upload.finish("Done again");
        Thread.sleep(250); // room for a held-back change to arrive late, which it must not

        assertEquals("started 0", sink.events.get(0));
        assertEquals("finished 1000000", sink.events.get(sink.events.size() - 1));
        assertEquals(1, sink.count("finished"));
        assertTrue(sink.count("changed") <= 2, "throttled changes: " + sink.events);
        assertEquals(upload, heard.get(heard.size() - 1));
    }

    @Test
    void aChangeHeldBackByThrottlingStillArrives() throws Exception {
        Progress upload = Progress.start("Uploading", 100);
        upload.set(60); // within 100 ms of started, so held back; nothing else will follow
        assertTrue(sink.firstChange.await(2, TimeUnit.SECONDS), "held-back change delivered: " + sink.events);
        assertEquals(List.of("started 0", "changed 60"), sink.events);
        upload.finish("Done");
    }

    @Test
    void displayIdIsStableForOneProgressAndDiffersBetweenTwo() {
        Progress first = Progress.start("a", 1);
        Progress second = Progress.start("b", 1);
        assertEquals(first.displayId(), first.displayId());
        assertNotEquals(first.displayId(), second.displayId());
        assertFalse(first.displayId().isBlank());
    }

    @Test
    void theConsoleSinkDrawsAnAsciiBarAndClosesIt() {
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        Progress.useSink(new ConsoleProgressSink(new PrintStream(console, true, StandardCharsets.UTF_8)));
        Progress upload = Progress.start("Uploading cat.jpg", 50_000);
        upload.advance(50_000);
        upload.finish("Ready");
        String drawn = console.toString(StandardCharsets.UTF_8);
        assertTrue(drawn.contains("Uploading cat.jpg"), drawn);
        assertTrue(drawn.contains("100%"), drawn);
        assertTrue(drawn.contains("Ready"), drawn);
    }

    @Test
    void theConsoleDrawsAWaitAsItsStateAndTimeNotAsABarOfBytes() {
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        Progress.useSink(new ConsoleProgressSink(new PrintStream(console, true, StandardCharsets.UTF_8)));
        long[] now = {0};
        Progress waiting = Progress.start("Waiting for talk.mp4", -1, () -> now[0]);
        now[0] = TimeUnit.SECONDS.toNanos(3);
        waiting.message("PROCESSING");
        waitForHeldBackChange();
        waiting.finish("ACTIVE");
        String drawn = console.toString(StandardCharsets.UTF_8);
        assertTrue(drawn.startsWith("\rWaiting for talk.mp4: 0 s\rWaiting for talk.mp4: PROCESSING, 3 s\r"), drawn);
        assertTrue(drawn.endsWith("\rWaiting for talk.mp4: ACTIVE" + " ".repeat(9) + System.lineSeparator()),
                "the last line covers the longer one before it: " + drawn);
        assertFalse(drawn.contains("MB") || drawn.contains("?"), drawn);
    }

    /** Changes within 100 ms of the last one reach the sink a little later, on the progress timer. */
    private static void waitForHeldBackChange() {
        try {
            Thread.sleep(250);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void byteSizesReadLikeAnUploadDialog() {
        assertEquals("512 B", ByteSizes.format(512));
        assertEquals("4.2 MB", ByteSizes.format(4_200_000));
        assertEquals("10 MB", ByteSizes.format(10_000_000));
        assertEquals("123 MB", ByteSizes.format(123_456_789));
        assertEquals("1 GB", ByteSizes.format(999_999_999));
    }
}
