package dev.visionbook.media;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VideoProbeTest {

    private static final double TOLERANCE_SECONDS = 0.2;

    static void assertSeconds(double expected, Duration actual) {
        double seconds = actual.toNanos() / 1e9;
        assertEquals(expected, seconds, TOLERANCE_SECONDS, () -> "duration was " + seconds + " s");
    }

    @Test
    void synthetic_mp4_decodes_to_twelve_seconds() throws MediaException {
        VideoProbe.VideoInfo info = VideoProbe.probe(TestMedia.file("video/synthetic.mp4"));

        assertSeconds(12, info.duration());
        assertEquals(640, info.width());
        assertEquals(360, info.height());
        assertEquals(25.0, info.frameRate(), 0.01);
        assertEquals(300, info.decodedFrames());
        assertTrue(info.hasAudio());
        assertEquals(16000, info.audioSampleRate());
    }

    @Test
    void synthetic_webm_decodes_to_twelve_seconds() throws MediaException {
        VideoProbe.VideoInfo info = VideoProbe.probe(TestMedia.file("video/synthetic.webm"));

        assertSeconds(12, info.duration());
        assertEquals(640, info.width());
        assertEquals(360, info.height());
        assertEquals(300, info.decodedFrames());
        assertTrue(info.hasAudio());
        assertTrue(info.audioSampleRate() > 0);
    }

    @Test
    void slideshow_mp4_decodes_to_twenty_seven_seconds() throws MediaException {
        VideoProbe.VideoInfo info = VideoProbe.probe(TestMedia.file("video/slideshow.mp4"));

        assertSeconds(27, info.duration());
        assertEquals(640, info.width());
        assertEquals(360, info.height());
        assertEquals(675, info.decodedFrames());
        assertTrue(info.hasAudio());
    }

    @Test
    void a_video_cut_inside_its_header_fails_with_ffmpegs_reason(@TempDir Path directory) throws IOException {
        Path truncated = TestMedia.truncatedCopy("video/synthetic.mp4", 0.03, directory);

        MediaException failure = assertThrows(MediaException.class, () -> VideoProbe.probe(truncated));
        assertEquals("The file does not contain a video stream that could be decoded"
                + " (FFmpeg: Invalid data found when processing input).", failure.getMessage());
    }

    @ParameterizedTest
    @CsvSource({"video/synthetic.mp4", "video/synthetic.webm", "video/slideshow.mp4"})
    void a_video_cut_in_half_fails_as_truncated(String file, @TempDir Path directory) throws IOException {
        Path truncated = TestMedia.truncatedCopy(file, 0.5, directory);

        MediaException failure = assertThrows(MediaException.class, () -> VideoProbe.probe(truncated));
        assertTrue(failure.getMessage().matches(
                "The video stops decoding at \\d+\\.\\d s of its \\d+\\.\\d s; the file is probably truncated or damaged\\."),
                failure.getMessage());
    }

    @Test
    void a_text_file_named_like_a_video_is_refused(@TempDir Path directory) throws IOException {
        Path text = TestMedia.write(directory, "clip.mp4", TestMedia.ascii("not a video at all\n"));

        MediaException failure = assertThrows(MediaException.class, () -> VideoProbe.probe(text));
        assertTrue(failure.getMessage().startsWith("The file does not contain a video stream that could be decoded"),
                failure.getMessage());
    }

    @Test
    void an_audio_file_is_not_a_video() {
        Path wav = TestMedia.file("audio/sense_and_sensibility_01_austen_64kb-0870.wav");

        MediaException failure = assertThrows(MediaException.class, () -> VideoProbe.probe(wav));
        assertEquals("The file does not contain a video stream, only audio.", failure.getMessage());
    }

    @Test
    void a_missing_file_cannot_be_read(@TempDir Path directory) {
        MediaException failure = assertThrows(MediaException.class,
                () -> VideoProbe.probe(directory.resolve("absent.mp4")));
        assertEquals("The file could not be read.", failure.getMessage());
    }

    @ParameterizedTest
    @CsvSource({
        "sense_and_sensibility_01_austen_64kb-0870.wav, 7.10",
        "sense_and_sensibility_01_austen_64kb-0880.wav, 2.99",
        "sense_and_sensibility_01_austen_64kb-0890.wav, 5.30",
        "sense_and_sensibility_01_austen_64kb-0920.wav, 6.05",
        "sense_and_sensibility_01_austen_64kb-0930.wav, 3.29"})
    void wav_recordings_have_their_length(String file, double seconds) throws MediaException {
        assertSeconds(seconds, VideoProbe.audioDuration(TestMedia.file("audio/" + file)));
    }

    @Test
    void the_soundtrack_of_a_video_can_be_measured_as_audio() throws MediaException {
        assertSeconds(27, VideoProbe.audioDuration(TestMedia.file("video/slideshow.mp4")));
    }

    @Test
    void a_truncated_wav_is_measured_by_what_is_left(@TempDir Path directory) throws IOException, MediaException {
        // FFmpeg sizes WAV data by the file, not the header, so the cut is invisible and the rest plays.
        Path truncated = TestMedia.truncatedCopy("audio/sense_and_sensibility_01_austen_64kb-0870.wav", 0.5, directory);

        assertSeconds(3.55, VideoProbe.audioDuration(truncated));
    }

    @Test
    void an_image_has_no_audio() {
        MediaException failure = assertThrows(MediaException.class,
                () -> VideoProbe.audioDuration(TestMedia.file("groundtruth/shapes.png")));
        assertEquals("The file does not contain an audio stream.", failure.getMessage());
    }

    @Test
    void concurrent_probes_of_different_files_agree_with_sequential_ones() throws Exception {
        List<Path> files = List.of(TestMedia.file("video/synthetic.mp4"), TestMedia.file("video/synthetic.webm"),
                TestMedia.file("video/slideshow.mp4"), TestMedia.file("video/synthetic.mp4"));
        ExecutorService pool = Executors.newFixedThreadPool(files.size());
        try {
            List<Future<VideoProbe.VideoInfo>> results = pool.invokeAll(
                    files.stream().map(file -> (Callable<VideoProbe.VideoInfo>) () -> VideoProbe.probe(file)).toList());
            for (int i = 0; i < files.size(); i++) {
                assertEquals(VideoProbe.probe(files.get(i)), results.get(i).get());
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
