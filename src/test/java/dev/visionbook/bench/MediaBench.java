package dev.visionbook.bench;

import dev.visionbook.engine.analysis.Detection;
import dev.visionbook.engine.analysis.Detectors;
import dev.visionbook.engine.analysis.ImageAnalyzer;
import dev.visionbook.engine.analysis.SpeechRecognizer;
import dev.visionbook.engine.analysis.Transcript;
import dev.visionbook.engine.analysis.VideoAnalyzer;
import dev.visionbook.media.ImageDecoder;
import dev.visionbook.media.VideoFrames;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Media benchmark (not a test), run by {@code scripts/bench-media}: frames at 1 fps from a
 * 60-second 720p video through {@link VideoFrames#eachSecond} against the ffmpeg command line
 * doing the same ({@code ffmpeg -i … -vf fps=1} to raw RGB), as a ratio (target ≤ 1.2), both
 * plain and with a thumbnail of every frame as the video analysis reads them (to place cuts); then
 * image analysis per image, speech recognition as a multiple of real time, and a whole video
 * analysis. Best of {@code --runs} timings after one warm-up. First of all, while the JVM holds
 * nothing else, the object and face detectors: load time, the memory they add (resident set and
 * Java heap) and detection time per image.
 *
 * <pre>java … dev.visionbook.bench.MediaBench --video target/bench/60s-720p.mp4 --media notebooks/media [--runs 3]</pre>
 */
public final class MediaBench {

    private MediaBench() {
    }

    public static void main(String[] args) throws Exception {
        Path video = null;
        Path media = Path.of("notebooks", "media");
        int runs = 3;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--video" -> video = Path.of(args[++i]);
                case "--media" -> media = Path.of(args[++i]);
                case "--runs" -> runs = Integer.parseInt(args[++i]);
                default -> throw new IllegalArgumentException("Unknown option " + args[i]);
            }
        }
        if (video == null || !Files.isRegularFile(video)) {
            throw new IllegalArgumentException("--video must name the 60 s 720p test video");
        }
        detection(media, runs);
        frames(video, runs);
        images(media, runs);
        speech(media);
        analysis(media);
    }

    private static void frames(Path video, int runs) throws Exception {
        Path target = video.toAbsolutePath();
        List<String> command = List.of("ffmpeg", "-v", "error", "-nostdin", "-i", target.toString(), "-vf", "fps=1",
                "-pix_fmt", "rgb24", "-f", "rawvideo", "-y", "/dev/null");
        double cli = Double.MAX_VALUE;
        double ours = Double.MAX_VALUE;
        double withThumbnails = Double.MAX_VALUE;
        int[] count = new int[2];
        for (int run = 0; run <= runs; run++) {
            long start = System.nanoTime();
            Process ffmpeg = new ProcessBuilder(command).inheritIO().start();
            if (ffmpeg.waitFor() != 0) {
                throw new IllegalStateException("ffmpeg failed: " + command);
            }
            double cliSeconds = (System.nanoTime() - start) / 1e9;
            count[0] = 0;
            start = System.nanoTime();
            VideoFrames.eachSecond(target, 1.0, (at, frame) -> count[0]++);
            double oursSeconds = (System.nanoTime() - start) / 1e9;
            count[1] = 0;
            start = System.nanoTime();
            VideoFrames.eachSecond(target, 1.0, (at, frame) -> { }, (from, thumbnail) -> count[1]++);
            double thumbnailSeconds = (System.nanoTime() - start) / 1e9;
            if (run > 0) {
                cli = Math.min(cli, cliSeconds);
                ours = Math.min(ours, oursSeconds);
                withThumbnails = Math.min(withThumbnails, thumbnailSeconds);
            }
        }
        System.out.printf(Locale.ROOT, "frames at 1 fps from %s: %d frames; VideoFrames.eachSecond %.2f s,"
                + " ffmpeg -vf fps=1 %.2f s, ratio %.2f (target <= 1.2)%n", video.getFileName(), count[0], ours, cli,
                ours / cli);
        System.out.printf(Locale.ROOT, "frames at 1 fps with a %d-px thumbnail of each of %d frames (as video"
                + " analysis reads): %.2f s, ratio %.2f to ffmpeg (target <= 1.2)%n", VideoFrames.THUMBNAIL_WIDTH,
                count[1], withThumbnails, withThumbnails / cli);
    }

    private static void detection(Path media, int runs) throws Exception {
        List<String> names = List.of("photos/astronaut.png", "photos/chelsea.png", "photos/coffee.png",
                "groundtruth/scene.jpg");
        List<BufferedImage> images = new java.util.ArrayList<>();
        for (String name : names) {
            images.add(ImageDecoder.read(media.resolve(name)));
        }
        System.gc();
        long anonBefore = statusKb("RssAnon:");
        long fileBefore = statusKb("RssFile:");
        long heapBefore = usedHeapKb();
        long start = System.nanoTime();
        Detectors detectors = Detectors.shared();
        if (detectors.unavailable().isPresent()) {
            System.out.println("detection: " + detectors.unavailable().get());
            return;
        }
        double loadMs = (System.nanoTime() - start) / 1e6;
        for (BufferedImage image : images) {
            detectors.things(image);
            detectors.faces(image);
        }
        System.gc();
        System.out.printf(Locale.ROOT, "detectors: loaded in %.0f ms; after loading and one pass over %d images they"
                + " add %d MB of private memory (%d MB of it Java heap) and %d MB of shared library pages mapped"
                + " from native libraries%n", loadMs, images.size(),
                (statusKb("RssAnon:") - anonBefore) / 1024, (usedHeapKb() - heapBefore) / 1024,
                (statusKb("RssFile:") - fileBefore) / 1024);
        for (int i = 0; i < names.size(); i++) {
            BufferedImage image = images.get(i);
            double things = Double.MAX_VALUE;
            double faces = Double.MAX_VALUE;
            String found = "";
            for (int run = 0; run < Math.max(runs, 5); run++) {
                long t0 = System.nanoTime();
                List<Detection> thingList = detectors.things(image);
                long t1 = System.nanoTime();
                List<Detection> faceList = detectors.faces(image);
                long t2 = System.nanoTime();
                things = Math.min(things, (t1 - t0) / 1e6);
                faces = Math.min(faces, (t2 - t1) / 1e6);
                found = java.util.stream.Stream.concat(thingList.stream(), faceList.stream())
                        .map(d -> d.label() + " " + d.score()).toList().toString();
            }
            System.out.printf(Locale.ROOT, "detection %-22s %4d x %-4d objects %5.0f ms + faces %4.0f ms = %5.0f ms"
                    + " (target < 300) %s%n", names.get(i), image.getWidth(), image.getHeight(), things, faces,
                    things + faces, found);
        }
    }

    /** A line of /proc/self/status in kB: RssAnon is private memory, RssFile mapped files. */
    private static long statusKb(String field) throws java.io.IOException {
        return Files.readAllLines(Path.of("/proc/self/status")).stream().filter(l -> l.startsWith(field))
                .map(l -> Long.parseLong(l.replaceAll("\\D", ""))).findFirst().orElse(0L);
    }

    private static long usedHeapKb() {
        Runtime runtime = Runtime.getRuntime();
        return (runtime.totalMemory() - runtime.freeMemory()) / 1024;
    }

    private static void images(Path media, int runs) throws Exception {
        ImageAnalyzer analyzer = new ImageAnalyzer();
        for (String name : List.of("groundtruth/shapes.png", "groundtruth/scene.jpg", "groundtruth/scene.heic",
                "photos/astronaut.png", "photos/coffee.png", "photos/chelsea.png", "drawings/rocket.png")) {
            Path file = media.resolve(name);
            double best = Double.MAX_VALUE;
            for (int run = 0; run <= runs; run++) {
                long start = System.nanoTime();
                BufferedImage image = ImageDecoder.read(file);
                analyzer.analyse(image);
                if (run > 0) {
                    best = Math.min(best, (System.nanoTime() - start) / 1e6);
                }
            }
            System.out.printf(Locale.ROOT, "image decode + analysis %-24s %6.0f ms%n", name, best);
        }
    }

    private static void speech(Path media) {
        Transcript transcript = new SpeechRecognizer().recognise(media.resolve("video/slideshow.mp4"));
        if (transcript.unavailable() != null) {
            System.out.println("speech recognition: " + transcript.unavailable());
            return;
        }
        System.out.printf(Locale.ROOT, "speech recognition (slideshow.mp4, 27 s): %.2f x real time (%d words)%n",
                transcript.realTimeFactor(), transcript.words().size());
    }

    private static void analysis(Path media) throws Exception {
        VideoAnalyzer analyzer = new VideoAnalyzer(new ImageAnalyzer(), new SpeechRecognizer());
        for (String name : List.of("video/synthetic.mp4", "video/slideshow.mp4")) {
            long start = System.nanoTime();
            var result = analyzer.analyse(media.resolve(name), 30);
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf(Locale.ROOT, "whole video analysis %-20s %.1f s for %.0f s of video (%d scenes)%n",
                    name, seconds, result.seconds(), result.scenes().size());
        }
    }
}
