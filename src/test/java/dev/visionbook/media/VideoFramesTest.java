package dev.visionbook.media;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.bytedeco.ffmpeg.global.avcodec;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacv.FFmpegFrameRecorder;
import org.bytedeco.javacv.Java2DFrameConverter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * synthetic.{mp4,webm}: 12 s at 25 fps, 640x360, grey; a red 80x80 square at x = 40 + 40t,
 * y = 140 for t < 4 s (drawn at even x), a blue circle of radius 60 at (480, 180) from 4 to 8 s,
 * yellow text from 8 s. The WebM's frames sit 9 ms later than the MP4's.
 */
class VideoFramesTest {

    private static final int GREY = 0x808080;
    private static final int RED = 0xFF0000;
    private static final int BLUE = 0x0000FF;

    @ParameterizedTest
    @ValueSource(strings = {"video/synthetic.mp4", "video/synthetic.webm"})
    void the_frame_at_two_seconds_shows_the_red_square_in_the_middle(String file) throws MediaException {
        BufferedImage frame = VideoFrames.frameAt(TestMedia.file(file), Duration.ofSeconds(2));

        assertEquals(640, frame.getWidth());
        assertEquals(360, frame.getHeight());
        assertEquals(BufferedImage.TYPE_INT_RGB, frame.getType());
        Images.assertColour(RED, frame.getRGB(160, 180), "middle of the square at x = 120..199");
        Images.assertColour(GREY, frame.getRGB(480, 180), "where the circle comes later");
        Images.assertColour(GREY, frame.getRGB(600, 40), "background");
    }

    @ParameterizedTest
    @ValueSource(strings = {"video/synthetic.mp4", "video/synthetic.webm"})
    void the_frame_at_six_seconds_shows_the_blue_circle(String file) throws MediaException {
        BufferedImage frame = VideoFrames.frameAt(TestMedia.file(file), Duration.ofSeconds(6));

        Images.assertColour(BLUE, frame.getRGB(480, 180), "centre of the circle");
        Images.assertColour(GREY, frame.getRGB(160, 180), "where the square was");
    }

    /** The square's left edge moves 1.6 px per frame, drawn at even x: 116, 118, 120 at 1.92, 1.96, 2.00 s. */
    @ParameterizedTest
    @ValueSource(strings = {"video/synthetic.mp4", "video/synthetic.webm"})
    void the_exact_frame_is_found_not_a_neighbour(String file) throws MediaException {
        assertEquals(118, redLeftEdge(VideoFrames.frameAt(TestMedia.file(file), Duration.ofMillis(1960))));
        assertEquals(120, redLeftEdge(VideoFrames.frameAt(TestMedia.file(file), Duration.ofMillis(2000))));
        assertEquals(40, redLeftEdge(VideoFrames.frameAt(TestMedia.file(file), Duration.ZERO)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"video/synthetic.mp4", "video/synthetic.webm"})
    void a_moment_past_the_end_fails_clearly(String file) {
        MediaException failure = assertThrows(MediaException.class,
                () -> VideoFrames.frameAt(TestMedia.file(file), Duration.ofSeconds(15)));

        assertEquals("The video is 12.0 s long; 00:15 is past its end.", failure.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"video/synthetic.mp4", "video/synthetic.webm"})
    void the_very_end_as_answers_name_it_shows_the_last_frame(String file) throws MediaException {
        BufferedImage atTheEnd = VideoFrames.frameAt(TestMedia.file(file), Duration.ofSeconds(12));
        BufferedImage last = VideoFrames.frameAt(TestMedia.file(file), Duration.ofMillis(11_990));

        for (int y = 0; y < last.getHeight(); y += 7) {
            for (int x = 0; x < last.getWidth(); x += 7) {
                assertEquals(last.getRGB(x, y), atTheEnd.getRGB(x, y), "pixel " + x + "," + y);
            }
        }
    }

    @Test
    void the_last_moment_shows_the_last_frame() throws MediaException {
        BufferedImage frame = VideoFrames.frameAt(TestMedia.file("video/synthetic.mp4"), Duration.ofMillis(11_990));

        Images.assertColour(GREY, frame.getRGB(160, 180), "no square any more");
    }

    @Test
    void files_without_video_fail_clearly() {
        MediaException failure = assertThrows(MediaException.class, () -> VideoFrames.frameAt(
                TestMedia.file("audio/sense_and_sensibility_01_austen_64kb-0870.wav"), Duration.ZERO));
        assertEquals("The file does not contain a video stream, only audio.", failure.getMessage());

        assertThrows(IllegalArgumentException.class,
                () -> VideoFrames.frameAt(TestMedia.file("video/synthetic.mp4"), Duration.ofSeconds(-1)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"video/synthetic.mp4", "video/synthetic.webm"})
    void one_frame_per_second_streams_twelve_frames_in_order(String file) throws MediaException {
        List<Duration> times = new ArrayList<>();
        List<BufferedImage> frames = new ArrayList<>();

        VideoFrames.eachSecond(TestMedia.file(file), 1, (at, frame) -> {
            times.add(at);
            frames.add(frame);
        });

        List<Duration> expected = new ArrayList<>();
        for (int s = 0; s < 12; s++) {
            expected.add(Duration.ofSeconds(s));
        }
        assertEquals(expected, times);
        Images.assertColour(RED, frames.get(2).getRGB(160, 180), "square at 2 s");
        Images.assertColour(BLUE, frames.get(6).getRGB(480, 180), "circle at 6 s");
        assertEquals(40, redLeftEdge(frames.get(0)));
        assertEquals(80, redLeftEdge(frames.get(1)));
        assertEquals(160, redLeftEdge(frames.get(3)));
    }

    @Test
    void streamed_frames_are_the_frames_shown_at_those_moments() throws MediaException {
        Path video = TestMedia.file("video/synthetic.webm");
        List<BufferedImage> frames = new ArrayList<>();

        VideoFrames.eachSecond(video, 2, (at, frame) -> frames.add(frame));

        assertEquals(24, frames.size());
        for (int i : new int[] {0, 3, 7, 12, 23}) {
            BufferedImage sought = VideoFrames.frameAt(video, Duration.ofMillis(500L * i));
            assertEquals(pixels(sought), pixels(frames.get(i)), "frame at " + 500 * i + " ms");
        }
    }

    @Test
    void a_consumer_can_stop_the_stream() {
        List<Duration> times = new ArrayList<>();

        MediaException failure = assertThrows(MediaException.class,
                () -> VideoFrames.eachSecond(TestMedia.file("video/synthetic.mp4"), 1, (at, frame) -> {
                    times.add(at);
                    if (times.size() == 3) {
                        throw new MediaException("enough");
                    }
                }));

        assertEquals("enough", failure.getMessage());
        assertEquals(3, times.size());
    }

    /**
     * FFmpeg stores "rotation of 90 degrees" for this recorder setting, which players undo by
     * turning the picture a quarter anticlockwise: the stored top-left corner ends up bottom-left.
     */
    @Test
    void phone_style_rotation_metadata_is_applied(@TempDir Path directory) throws IOException, MediaException {
        Path video = rotatedVideo(directory);

        BufferedImage upright = VideoFrames.frameAt(video, Duration.ofMillis(500));

        assertEquals(32, upright.getWidth());
        assertEquals(64, upright.getHeight());
        Images.assertColour(RED, Images.corner(upright, "bottom-left"), "stored top-left");
        Images.assertColour(BLUE, Images.corner(upright, "top-left"), "stored top-right");
        Images.assertColour(0xFFFFFF, Images.corner(upright, "bottom-right"), "stored bottom-left");
    }

    /**
     * A 1-second 64x32 video of {@link Jpegs#markedCornersImage} with "rotation of 90 degrees",
     * which players undo by turning the picture a quarter anticlockwise: the stored top-left
     * corner ends up bottom-left.
     */
    static Path rotatedVideo(Path directory) throws IOException {
        Path video = directory.resolve("rotated.mp4");
        BufferedImage stored = markedCorners(64, 32);
        FfmpegNatives.ensureLoaded();
        try (FFmpegFrameRecorder recorder = new FFmpegFrameRecorder(video.toFile(), 64, 32, 0);
                Java2DFrameConverter converter = new Java2DFrameConverter()) {
            recorder.setFormat("mp4");
            recorder.setVideoCodec(avcodec.AV_CODEC_ID_MPEG4);
            recorder.setPixelFormat(avutil.AV_PIX_FMT_YUV420P);
            recorder.setFrameRate(10);
            recorder.setVideoQuality(1);
            recorder.setDisplayRotation(90);
            recorder.start();
            for (int i = 0; i < 10; i++) {
                recorder.record(converter.convert(stored));
            }
            recorder.stop();
        }
        return video;
    }

    private static int redLeftEdge(BufferedImage frame) {
        for (int x = 0; x < frame.getWidth(); x++) {
            int rgb = frame.getRGB(x, 180);
            if ((rgb >> 16 & 0xFF) > 180 && (rgb >> 8 & 0xFF) < 80) {
                return x;
            }
        }
        return -1;
    }

    private static List<Integer> pixels(BufferedImage image) {
        int[] data = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
        List<Integer> list = new ArrayList<>(data.length);
        for (int p : data) {
            list.add(p);
        }
        return list;
    }

    private static BufferedImage markedCorners(int width, int height) {
        return Jpegs.markedCornersImage(width, height, BufferedImage.TYPE_3BYTE_BGR);
    }
}
