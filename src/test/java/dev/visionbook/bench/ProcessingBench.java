package dev.visionbook.bench;

import com.google.genai.Client;
import com.google.genai.types.File;
import com.google.genai.types.HttpOptions;
import com.google.genai.types.UploadFileConfig;
import dev.visionbook.media.VideoProbe;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Video processing benchmark (not a test), run by {@code scripts/bench-media --only processing}:
 * uploads through the official Java SDK to the local server (the jar, in its own JVM, a fresh
 * data folder each time so nothing is analysed from a cache) and times each video from the start
 * of its upload until the server says ACTIVE, as a share of the video's length. Then four videos
 * uploaded at once, against the first of them alone. Beside each time, the CPU the server and its
 * recogniser processes spent, which does not depend on how busy the machine is.
 *
 * <pre>ProcessingBench --jar target/visionbook.jar --work target/bench --long LONG.mp4 SHORT.mp4 [SHORT.mp4…]</pre>
 */
public final class ProcessingBench {

    private static final String KEY = "bench-key";

    private final Path jar;
    private final Path work;

    private ProcessingBench(Path jar, Path work) {
        this.jar = jar;
        this.work = work;
    }

    /** One video's way to ACTIVE. */
    private record Timed(Path video, double seconds, double length, String state) {
        double share() {
            return seconds / length;
        }
    }

    /** A batch of videos on one fresh server, and the CPU that server spent on them. */
    private record Batch(List<Timed> videos, double wallSeconds, double cpuSeconds) {
    }

    public static void main(String[] args) throws Exception {
        Path jar = null;
        Path work = null;
        Path longVideo = null;
        List<Path> shorts = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--jar" -> jar = Path.of(args[++i]);
                case "--work" -> work = Path.of(args[++i]);
                case "--long" -> longVideo = Path.of(args[++i]);
                default -> shorts.add(Path.of(args[i]));
            }
        }
        if (jar == null || work == null || longVideo == null || shorts.isEmpty()) {
            throw new IllegalArgumentException("ProcessingBench --jar JAR --work DIR --long LONG.mp4 SHORT.mp4...");
        }
        new ProcessingBench(jar.toAbsolutePath(), work.toAbsolutePath()).run(longVideo, shorts);
    }

    private void run(Path longVideo, List<Path> shorts) throws Exception {
        String loadBefore = loadAverage();
        Batch alone = batch("one", List.of(shorts.get(0)));
        Batch longOne = batch("long", List.of(longVideo));
        Batch together = batch("together", shorts);
        System.out.printf(Locale.ROOT, "video processing, upload start to ACTIVE (%d cores; load average %s before,"
                + " %s after):%n", Runtime.getRuntime().availableProcessors(), loadBefore, loadAverage());
        for (Batch batch : List.of(alone, longOne)) {
            Timed video = batch.videos().get(0);
            System.out.printf(Locale.ROOT, "  %-22s %4.0f s of 720p: ACTIVE after %6.1f s = %.3f x its length"
                    + " (target <= 0.10)%s; server CPU %.1f s = %.3f x its length%n", video.video().getFileName(),
                    video.length(), video.seconds(), video.share(), video.state().equals("ACTIVE") ? ""
                    : " but " + video.state(), batch.cpuSeconds(), batch.cpuSeconds() / video.length());
        }
        double one = alone.videos().get(0).seconds();
        System.out.printf(Locale.ROOT, "  %d videos at once: all ACTIVE after %.1f s = %.2f x one alone (%.1f s;"
                + " target <= 2); each %s; server CPU %.1f s (one alone: %.1f s)%n", shorts.size(),
                together.wallSeconds(), together.wallSeconds() / one, one,
                together.videos().stream().map(t -> String.format(Locale.ROOT, "%.1f s", t.seconds())).toList(),
                together.cpuSeconds(), alone.cpuSeconds());
    }

    /** Uploads every video at once to a fresh server and waits until each is ACTIVE or FAILED. */
    private Batch batch(String name, List<Path> videos) throws Exception {
        Path data = Files.createTempDirectory(work, "processing-" + name + "-");
        BenchServer server = BenchServer.start(jar, List.of(), data.resolve("data"), data.resolve("server.log"),
                data.resolve("server.pid"), List.of("--api-key", KEY));
        ExecutorService uploads = Executors.newFixedThreadPool(videos.size());
        try (Client client = Client.builder().apiKey(KEY)
                .httpOptions(HttpOptions.builder().baseUrl(server.baseUrl()).build()).build()) {
            double cpuBefore = processCpuSeconds(server.pid());
            long start = System.nanoTime();
            List<Future<Timed>> running = new ArrayList<>();
            for (Path video : videos) {
                running.add(uploads.submit(() -> untilActive(client, video, start)));
            }
            List<Timed> timed = new ArrayList<>();
            for (Future<Timed> video : running) {
                timed.add(video.get());
            }
            double wall = (System.nanoTime() - start) / 1e9;
            return new Batch(timed, wall, processCpuSeconds(server.pid()) - cpuBefore);
        } finally {
            uploads.shutdownNow();
            server.stop();
            deleteTree(data);
        }
    }

    private static Timed untilActive(Client client, Path video, long start) throws Exception {
        double length = VideoProbe.statedDuration(video).orElseThrow().toMillis() / 1000.0;
        File file = client.files.upload(video.toString(), UploadFileConfig.builder().mimeType("video/mp4").build());
        while (file.state().orElseThrow().toString().equals("PROCESSING")) {
            Thread.sleep(200);
            file = client.files.get(file.name().orElseThrow(), null);
        }
        return new Timed(video, (System.nanoTime() - start) / 1e9, length, file.state().orElseThrow().toString());
    }

    /**
     * User and system CPU of a process and of its children that have ended (the recognisers), in
     * seconds, from /proc/PID/stat, whose clock ticks are 1/100 s on Linux.
     */
    private static double processCpuSeconds(long pid) throws java.io.IOException {
        String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        long ticks = 0;
        for (int field = 11; field <= 14; field++) { // utime, stime, cutime, cstime
            ticks += Long.parseLong(fields[field]);
        }
        return ticks / 100.0;
    }

    private static String loadAverage() throws java.io.IOException {
        return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
    }

    private static void deleteTree(Path root) throws java.io.IOException {
        try (var all = Files.walk(root)) {
            for (Path path : all.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
