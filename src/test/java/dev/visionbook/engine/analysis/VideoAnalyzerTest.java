package dev.visionbook.engine.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.visionbook.engine.Samples;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Scene cuts, on-screen text and speech on the sample videos, each analysed once. Speech needs
 * Debian's pocketsphinx and pocketsphinx-en-us. Word error rates measured here: synthetic.mp4
 * 0.83 and synthetic.webm 0.79 (espeak's robotic voice: PocketSphinx's en-us model hears it
 * badly), slideshow.mp4 0.34 (human LibriVox reading); the bounds leave a small margin.
 *
 * <p>Cut frames, as ffmpeg's scene score shows them ({@code select=gt(scene\,0.3),showinfo}, and
 * {@code metadata=print} for the synthetic videos' smaller changes): slideshow.mp4 at 7.48, 11.00,
 * 16.48 and 23.00 s (frames 187, 275, 412, 575 at 25 fps: 7.5 s of slide is 187.5 frames);
 * synthetic.mp4 at 4.00 and 8.00 s (frames 100, 200), synthetic.webm 9 ms later.
 */
class VideoAnalyzerTest {

    static final String SYNTHETIC_SPEECH = "Hello. A red square is moving to the right. Now a blue circle appears on"
            + " the screen. The word JUPITER is written in yellow.";
    static final double SYNTHETIC_WER_BOUND = 0.9;
    static final double SLIDESHOW_WER_BOUND = 0.45;

    static VideoAnalysis mp4;
    static VideoAnalysis webm;
    static VideoAnalysis slideshow;

    @BeforeAll
    static void analyseOnce() throws Exception {
        VideoAnalyzer analyzer = new VideoAnalyzer(new ImageAnalyzer(), new SpeechRecognizer());
        mp4 = analyzer.analyse(Samples.of("video/synthetic.mp4"), 12);
        webm = analyzer.analyse(Samples.of("video/synthetic.webm"), 12);
        slideshow = analyzer.analyse(Samples.of("video/slideshow.mp4"), 27);
    }

    @Test
    void syntheticVideosCutAtFourAndEightSeconds() {
        for (VideoAnalysis video : List.of(mp4, webm)) {
            List<Double> starts = video.scenes().stream().map(Scene::start).toList();
            System.out.println("synthetic scene starts " + starts);
            assertEquals(3, starts.size(), starts.toString());
            assertEquals(4.0, starts.get(1), 0.1, starts.toString());
            assertEquals(8.0, starts.get(2), 0.1, starts.toString());
            assertEquals(12.0, video.seconds(), 0.5);
            assertScenesFollowEachOther(video);
        }
    }

    @Test
    void keyFramesShowTheSquareThenTheCircle() {
        for (VideoAnalysis video : List.of(mp4, webm)) {
            assertTrue(labels(video.scenes().get(0)).contains("red square"), labels(video.scenes().get(0)).toString());
            assertTrue(labels(video.scenes().get(1)).contains("blue circle"), labels(video.scenes().get(1)).toString());
        }
    }

    @Test
    void jupiterIsReadFromEightToTwelveSeconds() {
        for (VideoAnalysis video : List.of(mp4, webm)) {
            TextSpan jupiter = video.text().stream().filter(s -> s.first().equals("JUPITER")).findFirst()
                    .orElseThrow(() -> new AssertionError(video.text().toString()));
            assertTrue(jupiter.from() >= 7 && jupiter.from() <= 9 && jupiter.to() >= 11, jupiter.toString());
        }
    }

    @Test
    void syntheticSpeechIsRecoveredWithinTheMeasuredErrorRate() {
        for (VideoAnalysis video : List.of(mp4, webm)) {
            assertNull(video.transcript().unavailable());
            double wer = Samples.wordErrorRate(SYNTHETIC_SPEECH, video.transcript().text());
            System.out.printf(Locale.ROOT, "synthetic WER %.2f: %s%n", wer, video.transcript().text());
            assertTrue(wer <= SYNTHETIC_WER_BOUND, wer + ": " + video.transcript().text());
            assertEquals(3, video.transcript().utterances().size());
            assertEquals(1.0, video.transcript().utterances().get(0).start(), 0.5);
            assertEquals(5.0, video.transcript().utterances().get(1).start(), 0.5);
            assertEquals(9.0, video.transcript().utterances().get(2).start(), 0.5);
        }
    }

    @Test
    void slideshowHasFiveScenesAtTheSlideTimes() {
        List<Double> starts = slideshow.scenes().stream().map(Scene::start).toList();
        List<Double> truth = List.of(0.0, 7.5, 11.0, 16.5, 23.0);
        System.out.println("slideshow scene starts " + starts);
        assertEquals(truth.size(), starts.size(), starts.toString());
        for (int i = 0; i < truth.size(); i++) {
            assertEquals(truth.get(i), starts.get(i), 0.1, starts.toString());
        }
        assertScenesFollowEachOther(slideshow);
    }

    /** Key frames stay on the samples, a second after the first sample of each scene, as before cuts were placed to the frame. */
    @Test
    void slideshowKeyFramesStayOnTheSamplesASecondIn() {
        List<Double> keys = slideshow.scenes().stream().map(Scene::keyFrameAt).toList();
        assertEquals(List.of(1.0, 9.0, 12.0, 18.0, 24.0), keys);
    }

    @Test
    void slideshowSpeechMatchesTheLibriVoxTranscripts() throws IOException {
        String reference = Files.readAllLines(Samples.of("audio/transcription")).stream()
                .map(line -> line.replaceAll("</?s>", "").replaceAll("\\(.*\\)", "").strip())
                .collect(Collectors.joining(" "));
        double wer = Samples.wordErrorRate(reference, slideshow.transcript().text());
        System.out.printf(Locale.ROOT, "slideshow WER %.2f (real-time factor %.2f)%n", wer,
                slideshow.transcript().realTimeFactor());
        assertTrue(wer <= SLIDESHOW_WER_BOUND, wer + ": " + slideshow.transcript().text());
    }

    @Test
    void framesAreSampledAtTheRequestedRate() throws Exception {
        VideoAnalysis twice = new VideoAnalyzer(new ImageAnalyzer(), new SpeechRecognizer())
                .analyse(Samples.of("video/synthetic.mp4"), 12, 2);
        assertEquals(2.0, twice.fps());
        assertEquals(24, twice.cutScores().size(), "12 s at 2 fps");
        assertEquals(12, mp4.cutScores().size(), "12 s at the default 1 fps");
        List<Double> starts = twice.scenes().stream().map(Scene::start).toList();
        assertEquals(3, starts.size(), starts.toString());
        assertEquals(4.0, starts.get(1), 0.1, starts.toString());
        assertEquals(8.0, starts.get(2), 0.1, starts.toString());
    }

    @Test
    void aRateTheServiceWouldRefuseIsRefused() {
        VideoAnalyzer analyzer = new VideoAnalyzer(new ImageAnalyzer(), new SpeechRecognizer());
        for (double fps : new double[] {0, -1, 25, Double.NaN}) {
            IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                    () -> analyzer.analyse(Samples.of("video/synthetic.mp4"), 12, fps));
            assertTrue(e.getMessage().contains("over 0 and at most 24"), e.getMessage());
        }
    }

    @Test
    void anAnalysisSurvivesTheCacheUnchanged(@TempDir Path folder) throws IOException {
        AnalysisCache cache = new AnalysisCache(folder);
        String sha = AnalysisCache.sha256(Samples.of("video/synthetic.mp4"));
        cache.put(sha, mp4);
        assertEquals(mp4, cache.get(sha).orElseThrow());
        assertTrue(Files.exists(folder.resolve(sha + ".json")));
        try (var files = Files.list(folder)) {
            assertEquals(1, files.count(), "no temporary file is left behind");
        }
    }

    private static void assertScenesFollowEachOther(VideoAnalysis video) {
        List<Scene> scenes = video.scenes();
        assertEquals(0.0, scenes.get(0).start());
        for (int i = 1; i < scenes.size(); i++) {
            assertEquals(scenes.get(i - 1).end(), scenes.get(i).start(), "scene " + i + " starts where the one before ends");
            assertTrue(scenes.get(i).keyFrameAt() >= scenes.get(i).start(), scenes.get(i).toString());
        }
        assertEquals(video.seconds(), scenes.get(scenes.size() - 1).end());
    }

    private static List<String> labels(Scene scene) {
        return scene.keyFrame().detections().stream().map(Detection::label).toList();
    }
}
