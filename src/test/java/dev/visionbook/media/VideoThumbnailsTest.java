package dev.visionbook.media;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Thumbnails of every frame alongside the samples ({@link VideoFrames#eachSecond(Path, double,
 * VideoFrames.FrameConsumer, VideoFrames.ThumbnailConsumer)}): synthetic.{mp4,webm} have 300
 * frames at 25 fps, and the blue circle's first frame starts at 4.00 s (MP4) or 4.011 s (WebM,
 * 9 ms later, counted from the container's start 2 ms before zero), as ffprobe shows.
 */
class VideoThumbnailsTest {

    private static final int BLUE = 0x0000FF;
    private static final int GREY = 0x808080;

    /** What the consumers saw, in the order they saw it. */
    private record Event(boolean sample, Duration at, BufferedImage image) {
    }

    private static List<Event> stream(Path video, double fps) throws MediaException {
        List<Event> events = new ArrayList<>();
        VideoFrames.eachSecond(video, fps, (at, frame) -> events.add(new Event(true, at, frame)),
                (from, thumbnail) -> events.add(new Event(false, from, thumbnail)));
        return events;
    }

    @ParameterizedTest
    @ValueSource(strings = {"video/synthetic.mp4", "video/synthetic.webm"})
    void every_frame_gets_a_small_upright_copy_in_order(String file) throws MediaException {
        List<Event> events = stream(TestMedia.file(file), 1);

        List<Event> thumbnails = events.stream().filter(e -> !e.sample()).toList();
        assertEquals(300, thumbnails.size());
        for (int i = 1; i < thumbnails.size(); i++) {
            long step = thumbnails.get(i).at().minus(thumbnails.get(i - 1).at()).toMillis();
            assertTrue(step >= 39 && step <= 41, "frames 40 ms apart, at " + thumbnails.get(i).at());
        }
        BufferedImage first = thumbnails.get(0).image();
        assertEquals(VideoFrames.THUMBNAIL_WIDTH, first.getWidth());
        assertEquals(54, first.getHeight(), "640x360 keeps its shape");
        assertEquals(BufferedImage.TYPE_INT_RGB, first.getType());
    }

    @ParameterizedTest
    @ValueSource(strings = {"video/synthetic.mp4", "video/synthetic.webm"})
    void the_samples_are_unchanged_and_follow_their_own_frames_thumbnail(String file) throws MediaException {
        List<Duration> plain = new ArrayList<>();
        VideoFrames.eachSecond(TestMedia.file(file), 1, (at, frame) -> plain.add(at));

        List<Event> events = stream(TestMedia.file(file), 1);

        assertEquals(plain, events.stream().filter(Event::sample).map(Event::at).toList());
        Duration lastThumbnail = null;
        for (Event e : events) {
            if (!e.sample()) {
                lastThumbnail = e.at();
                continue;
            }
            // The frame shown at a sample started within half a frame (20 ms) of it, or before it
            // and less than a frame interval earlier, since each frame here lasts 40 ms.
            long lead = e.at().minus(lastThumbnail).toMillis();
            assertTrue(lead > -20 && lead < 40, "sample " + e.at() + " after the thumbnail of " + lastThumbnail);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"video/synthetic.mp4", "video/synthetic.webm"})
    void the_circles_first_frame_is_seen_between_the_samples(String file) throws MediaException {
        List<Event> thumbnails = stream(TestMedia.file(file), 1).stream().filter(e -> !e.sample()).toList();

        // The circle's centre (480, 180) in a 640x360 frame is (72, 27) in its 96x54 copy.
        Event firstBlue = thumbnails.stream().filter(e -> isBlue(e.image().getRGB(72, 27))).findFirst().orElseThrow();
        assertEquals(4000, firstBlue.at().toMillis(), 15, "the circle's first frame");
        Event before = thumbnails.get(thumbnails.indexOf(firstBlue) - 1);
        Images.assertColour(GREY, before.image().getRGB(72, 27), "the frame before it, at " + before.at());
    }

    @Test
    void thumbnails_are_upright_like_the_frames(@TempDir Path directory) throws IOException, MediaException {
        Path video = VideoFramesTest.rotatedVideo(directory);

        BufferedImage thumbnail = stream(video, 1).stream().filter(e -> !e.sample()).findFirst().orElseThrow().image();

        assertEquals(VideoFrames.THUMBNAIL_WIDTH, thumbnail.getWidth());
        assertEquals(2 * VideoFrames.THUMBNAIL_WIDTH, thumbnail.getHeight(), "stored 64x32, upright 32x64");
        Images.assertColour(0xFF0000, Images.corner(thumbnail, "bottom-left"), "stored top-left");
        Images.assertColour(BLUE, Images.corner(thumbnail, "top-left"), "stored top-right");
    }

    private static boolean isBlue(int rgb) {
        return (rgb & 0xFF) > 180 && (rgb >> 16 & 0xFF) < 80;
    }
}
