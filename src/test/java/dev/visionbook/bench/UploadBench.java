package dev.visionbook.bench;

import com.google.genai.Client;
import com.google.genai.types.File;
import com.google.genai.types.HttpOptions;
import com.google.genai.types.HttpRetryOptions;
import com.google.genai.types.UploadFileConfig;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Upload throughput benchmark, not a unit test (run it through {@code scripts/bench-upload}).
 *
 * <p>Compares {@code cp} + {@code sync} of a random file with an upload of the same file through
 * the official Java SDK to the local server, started as its own JVM with a small heap from
 * {@code target/visionbook.jar}. The server's heap is sampled every 100 ms with {@code jstat -gc}
 * during the upload, at the full size and at 1/8 of it, to show that it does not grow with the
 * file.
 *
 * <pre>
 * UploadBench --work DIR [--size-mb N] [--jar target/visionbook.jar] [--heap 128m]
 *             [--gc serial|default] [--runs N] [--server-opt JVM_OPTION]...
 * </pre>
 *
 * Every file it makes (the random input, cp copies, the server's data folders) lives in
 * {@code --work}; the caller deletes that folder. The pid of the running server is kept in
 * {@code WORK/server.pid} so that the caller can stop it if this JVM dies first.
 */
public final class UploadBench {

    private static final String KEY = "bench-key";
    private static final double MB = 1_000_000.0;
    private static final double MIB = 1024.0 * 1024.0;
    /**
     * The SDK (google-genai 2.0.0, UploadClient.upload) fails with "IllegalArgumentException:
     * 0 > -1" when a file is an exact multiple of its 8 MiB chunk: its last read returns -1 and it
     * copies a range of -1 bytes. Such sizes are trimmed by one byte.
     */
    private static final long SDK_CHUNK = 8L * 1024 * 1024;
    private static final double CLOCK_TICKS = clockTicks();
    private static final int WARM_UP_UPLOADS = 4;
    private static final String EIGHTH_FILE = "input-eighth.bin";

    private final Path work;
    private final long sizeBytes;
    private final Path jar;
    private final String heap;
    private final String gc;
    private final int runs;
    private final List<String> serverOptions;
    private final Path jstatBin;
    private volatile BenchServer server;

    private UploadBench(Path work, long sizeBytes, Path jar, String heap, String gc, int runs,
                        List<String> serverOptions) {
        this.work = work;
        this.sizeBytes = sizeBytes;
        this.jar = jar;
        this.heap = heap;
        this.gc = gc;
        this.runs = runs;
        this.serverOptions = List.copyOf(serverOptions);
        Path jdkBin = Path.of(System.getProperty("java.home"), "bin");
        this.jstatBin = Files.isExecutable(jdkBin.resolve("jstat")) ? jdkBin.resolve("jstat") : Path.of("jstat");
    }

    public static void main(String[] args) throws Exception {
        Path work = null;
        long sizeMb = 1024;
        Path jar = Path.of("target", "visionbook.jar");
        String heap = "128m";
        String gc = "serial";
        int runs = 2;
        List<String> serverOptions = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            switch (arg) {
                case "--work" -> work = Path.of(value(args, ++i, arg));
                case "--size-mb" -> sizeMb = Long.parseLong(value(args, ++i, arg));
                case "--jar" -> jar = Path.of(value(args, ++i, arg));
                case "--heap" -> heap = value(args, ++i, arg);
                case "--gc" -> gc = value(args, ++i, arg);
                case "--runs" -> runs = Integer.parseInt(value(args, ++i, arg));
                case "--server-opt" -> serverOptions.add(value(args, ++i, arg));
                case "-h", "--help" -> {
                    System.out.println("UploadBench --work DIR [--size-mb N] [--jar JAR] [--heap 128m]"
                            + " [--gc serial|default] [--runs N] [--server-opt JVM_OPTION]...");
                    return;
                }
                default -> throw new IllegalArgumentException("Unknown option " + arg);
            }
        }
        if (work == null) {
            throw new IllegalArgumentException("--work DIR is required (a folder on the disk to measure)");
        }
        if (sizeMb < 8 || runs < 1 || !gc.matches("serial|default")) {
            throw new IllegalArgumentException("Need --size-mb >= 8, --runs >= 1, --gc serial|default");
        }
        if (!Files.isRegularFile(jar)) {
            throw new IllegalArgumentException("No server jar at " + jar + ": build it with mvn package");
        }
        Files.createDirectories(work);
        UploadBench bench = new UploadBench(work.toAbsolutePath(), avoidSdkChunkMultiple(sizeMb * 1024 * 1024),
                jar.toAbsolutePath(), heap, gc, runs, serverOptions);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            Process jstat = HeapSampler.running;
            if (jstat != null) {
                jstat.destroy();
            }
            bench.stopServer();
        }, "bench-stop-server"));
        bench.run();
    }

    private static long avoidSdkChunkMultiple(long bytes) {
        return bytes % SDK_CHUNK == 0 ? bytes - 1 : bytes;
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args[i];
    }

    // ------------------------------------------------------------------ the benchmark

    /** CPU seconds spent during one upload: the server's user and system time, and this client's. */
    private record Cpu(double serverUser, double serverSystem, double client) {
        String describe(long bytes) {
            double gib = bytes / (1024.0 * 1024 * 1024);
            return String.format(Locale.ROOT, "server %.2f s user + %.2f s sys, client %.2f s (per GiB: server %.2f s,"
                    + " client %.2f s)", serverUser, serverSystem, client, (serverUser + serverSystem) / gib,
                    client / gib);
        }
    }

    private record Upload(long bytes, double seconds, HeapPeak heap, Cpu cpu) {
        double mbPerSecond() {
            return bytes / MB / seconds;
        }
    }

    private record SizeResult(long bytes, List<Upload> uploads) {
        Upload best() {
            return uploads.stream().min(Comparator.comparingDouble(Upload::seconds)).orElseThrow();
        }

        HeapPeak peak() {
            return uploads.stream().map(Upload::heap).reduce(HeapPeak::max).orElseThrow();
        }
    }

    private void run() throws Exception {
        String loadBefore = loadAverage();
        Path big = work.resolve("input-full.bin");
        Path small = work.resolve(EIGHTH_FILE);
        long smallBytes = avoidSdkChunkMultiple(sizeBytes / 8);
        log("writing %s of random bytes to %s", mib(sizeBytes), big);
        writeRandom(big, sizeBytes);
        writeRandom(small, smallBytes);
        command("sync");

        List<Double> cpRuns = timeCp(big, work.resolve("cp-copy.bin"));
        double cpSeconds = cpRuns.stream().min(Double::compare).orElseThrow();

        SizeResult full = uploadWithFreshServer(big, "data-full");
        SizeResult eighth = uploadWithFreshServer(small, "data-eighth");

        report(cpRuns, cpSeconds, full, eighth, loadBefore, loadAverage());
    }

    private List<Double> timeCp(Path source, Path copy) throws IOException, InterruptedException {
        List<Double> seconds = new ArrayList<>();
        for (int run = 1; run <= 2; run++) {
            Files.deleteIfExists(copy);
            command("sync");
            long start = System.nanoTime();
            command("cp", source.toString(), copy.toString());
            command("sync");
            double elapsed = (System.nanoTime() - start) / 1e9;
            seconds.add(elapsed);
            log("cp + sync run %d: %.3f s (%.0f MB/s)", run, elapsed, sizeBytes / MB / elapsed);
        }
        Files.deleteIfExists(copy);
        command("sync");
        return seconds;
    }

    private SizeResult uploadWithFreshServer(Path file, String dataName) throws Exception {
        long bytes = Files.size(file);
        Path data = work.resolve(dataName);
        String baseUrl = startServer(data, bytes);
        long pid = server.pid();
        Client client = Client.builder().apiKey(KEY)
                .httpOptions(HttpOptions.builder().baseUrl(baseUrl)
                        .retryOptions(HttpRetryOptions.builder().attempts(1).build()).build())
                .build();
        try {
            warmUp(client);
            List<Upload> uploads = new ArrayList<>();
            for (int run = 1; run <= runs; run++) {
                command("sync");
                Upload upload = timedUpload(client, file, bytes, pid);
                uploads.add(upload);
                log("upload %s run %d: %.3f s (%.0f MB/s); CPU %s; server heap peak %s", mib(bytes), run,
                        upload.seconds(), upload.mbPerSecond(), upload.cpu().describe(bytes),
                        upload.heap().describe());
            }
            return new SizeResult(bytes, uploads);
        } finally {
            client.close();
            stopServer();
            deleteTree(data);
        }
    }

    /**
     * Untimed uploads of the 1/8-size file (at least 16 MiB) so that neither JVM measures its JIT
     * warm-up: a fresh SDK client needs a few hundred MiB before it reaches its steady speed.
     */
    private void warmUp(Client client) throws IOException {
        Path warm = work.resolve(EIGHTH_FILE);
        boolean temporary = !Files.exists(warm) || Files.size(warm) < (16L << 20);
        if (temporary) {
            warm = work.resolve("warm-up.bin");
            writeRandom(warm, (16L << 20) + 1);
        }
        for (int i = 0; i < WARM_UP_UPLOADS; i++) {
            File uploaded = client.files.upload(warm.toString(), config());
            client.files.delete(uploaded.name().orElseThrow(), null);
        }
        if (temporary) {
            Files.delete(warm);
        }
    }

    private Upload timedUpload(Client client, Path file, long bytes, long pid) throws Exception {
        try (HeapSampler sampler = HeapSampler.start(jstatBin, pid)) {
            double[] serverBefore = processCpu(pid);
            double clientBefore = ownCpu();
            long start = System.nanoTime();
            File uploaded = client.files.upload(file.toString(), config());
            double seconds = (System.nanoTime() - start) / 1e9;
            double[] serverAfter = processCpu(pid);
            Cpu cpu = new Cpu(serverAfter[0] - serverBefore[0], serverAfter[1] - serverBefore[1],
                    ownCpu() - clientBefore);
            HeapPeak peak = sampler.finish();
            long reported = uploaded.sizeBytes().orElse(-1L);
            if (reported != bytes) {
                throw new IllegalStateException("The server reports sizeBytes " + reported + " for an upload of "
                        + bytes + " bytes");
            }
            client.files.delete(uploaded.name().orElseThrow(), null);
            return new Upload(bytes, seconds, peak, cpu);
        }
    }

    private static UploadFileConfig config() {
        return UploadFileConfig.builder().mimeType("application/octet-stream").build();
    }

    // ------------------------------------------------------------------ the server process

    private String startServer(Path data, long fileBytes) throws IOException, InterruptedException {
        List<String> jvm = new ArrayList<>(List.of("-Xmx" + heap));
        if (gc.equals("serial")) {
            jvm.add("-XX:+UseSerialGC");
        }
        jvm.addAll(serverOptions);
        BenchServer started = BenchServer.start(jar, jvm, data, work.resolve(data.getFileName() + ".log"),
                work.resolve("server.pid"), List.of("--api-key", KEY,
                        "--max-file-bytes", Long.toString(Math.max(fileBytes, 64L << 20) + (1L << 20)),
                        "--max-project-bytes", Long.toString(4 * Math.max(fileBytes, 64L << 20))));
        server = started;
        log("server pid %d (%s) ready at %s", started.pid(), String.join(" ", jvm), started.baseUrl());
        return started.baseUrl();
    }

    private void stopServer() {
        BenchServer running = server;
        if (running != null) {
            running.stop();
            server = null;
        }
    }

    // ------------------------------------------------------------------ heap sampling

    /**
     * Peak heap figures in KiB, as jstat -gc reports them. Used heap counts garbage not yet
     * collected, so it climbs to the young generation's size and drops at each young GC whatever
     * the file size; the old generation holds what survives collections.
     */
    record HeapPeak(double usedKb, double oldUsedKb, double youngKb, double committedKb, long youngGcs,
                    long fullGcs, int samples) {
        static HeapPeak max(HeapPeak a, HeapPeak b) {
            return new HeapPeak(Math.max(a.usedKb, b.usedKb), Math.max(a.oldUsedKb, b.oldUsedKb),
                    Math.max(a.youngKb, b.youngKb), Math.max(a.committedKb, b.committedKb),
                    Math.max(a.youngGcs, b.youngGcs), Math.max(a.fullGcs, b.fullGcs), a.samples + b.samples);
        }

        String describe() {
            return String.format(Locale.ROOT, "used %.1f MiB, old gen %.1f MiB (young gen %.1f MiB, heap %.1f MiB"
                    + " committed; %d young GCs, %d full GCs, %d samples)", usedKb / 1024, oldUsedKb / 1024,
                    youngKb / 1024, committedKb / 1024, youngGcs, fullGcs, samples);
        }
    }

    /**
     * One {@code jstat -gc PID 100} process for the whole upload (spawning jcmd every 100 ms
     * would cost a JVM start per sample and disturb the measurement on a small machine).
     */
    static final class HeapSampler implements AutoCloseable {
        /** The jstat of the upload in progress, stopped by the shutdown hook if this JVM is stopped. */
        static volatile Process running;

        private final Process jstat;
        private final Thread reader;
        private final CountDownLatch firstSample = new CountDownLatch(1);
        private volatile String error;
        private double maxUsed;
        private double maxOld;
        private double maxCommitted;
        private double maxYoung;
        private long firstYgc = -1;
        private long firstFgc = -1;
        private long lastYgc;
        private long lastFgc;
        private int samples;

        private HeapSampler(Process jstat) {
            this.jstat = jstat;
            this.reader = new Thread(this::read, "jstat-reader");
            reader.setDaemon(true);
            reader.start();
        }

        static HeapSampler start(Path jstatBin, long pid) throws IOException, InterruptedException {
            Process process = new ProcessBuilder(jstatBin.toString(), "-gc", Long.toString(pid), "100")
                    .redirectErrorStream(true).start();
            running = process;
            HeapSampler sampler = new HeapSampler(process);
            if (!sampler.firstSample.await(30, TimeUnit.SECONDS)) {
                sampler.close();
                throw new IllegalStateException("jstat gave no sample for pid " + pid);
            }
            if (sampler.error != null) {
                sampler.close();
                throw new IllegalStateException("jstat failed: " + sampler.error);
            }
            return sampler;
        }

        private void read() {
            try (BufferedReader in = new BufferedReader(
                    new InputStreamReader(jstat.getInputStream(), StandardCharsets.US_ASCII))) {
                List<String> header = null;
                String line;
                while ((line = in.readLine()) != null) {
                    String[] cells = line.trim().split("\\s+");
                    if (cells.length == 0 || cells[0].isEmpty()) {
                        continue;
                    }
                    if (cells[0].equals("S0C")) {
                        header = Arrays.asList(cells);
                        continue;
                    }
                    if (header == null || cells.length != header.size()) {
                        error = line;
                        firstSample.countDown();
                        continue;
                    }
                    sample(header, cells);
                    firstSample.countDown();
                }
            } catch (IOException e) {
                // jstat was stopped
            } finally {
                firstSample.countDown();
            }
        }

        private synchronized void sample(List<String> header, String[] cells) {
            double s0u = cell(header, cells, "S0U");
            double s1u = cell(header, cells, "S1U");
            double eu = cell(header, cells, "EU");
            double ou = cell(header, cells, "OU");
            double young = cell(header, cells, "S0C") + cell(header, cells, "S1C") + cell(header, cells, "EC");
            double committed = young + cell(header, cells, "OC");
            long ygc = (long) cell(header, cells, "YGC");
            long fgc = (long) cell(header, cells, "FGC");
            maxUsed = Math.max(maxUsed, s0u + s1u + eu + ou);
            maxOld = Math.max(maxOld, ou);
            maxCommitted = Math.max(maxCommitted, committed);
            maxYoung = Math.max(maxYoung, young);
            if (firstYgc < 0) {
                firstYgc = ygc;
                firstFgc = fgc;
            }
            lastYgc = ygc;
            lastFgc = fgc;
            samples++;
        }

        private static double cell(List<String> header, String[] cells, String name) {
            int index = header.indexOf(name);
            if (index < 0 || cells[index].equals("-")) {
                return 0;
            }
            return Double.parseDouble(cells[index]);
        }

        /** Waits for one more sample after the upload, then stops jstat and returns the peaks. */
        HeapPeak finish() throws InterruptedException {
            Thread.sleep(150);
            close();
            synchronized (this) {
                return new HeapPeak(maxUsed, maxOld, maxYoung, maxCommitted, lastYgc - firstYgc, lastFgc - firstFgc,
                        samples);
            }
        }

        @Override
        public void close() {
            jstat.destroy();
            running = null;
            try {
                jstat.waitFor(5, TimeUnit.SECONDS);
                reader.join(2000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    // ------------------------------------------------------------------ report

    private void report(List<Double> cpRuns, double cpSeconds, SizeResult full, SizeResult eighth,
                        String loadBefore, String loadAfter) {
        double cpRate = sizeBytes / MB / cpSeconds;
        Upload best = full.best();
        double ratio = best.mbPerSecond() / cpRate;
        Upload bestEighth = eighth.best();
        StringBuilder out = new StringBuilder();
        out.append("\n== visionbook upload benchmark (1 MB = 10^6 bytes) ==\n");
        out.append(String.format(Locale.ROOT, "file            %s (%d bytes) of random bytes, on the disk of %s%n",
                mib(sizeBytes), sizeBytes, work));
        out.append(String.format(Locale.ROOT, "machine         %d CPUs, load average %s at the start, %s at the end"
                + " (other work on the machine slows both sides)%n", Runtime.getRuntime().availableProcessors(),
                loadBefore, loadAfter));
        out.append(String.format(Locale.ROOT, "cp + sync       %7.0f MB/s  (best of %s s)%n", cpRate, seconds(cpRuns)));
        out.append(String.format(Locale.ROOT, "upload (SDK)    %7.0f MB/s  (best of %s s)%n", best.mbPerSecond(),
                seconds(full.uploads().stream().map(Upload::seconds).toList())));
        out.append(String.format(Locale.ROOT, "upload 1/8 size %7.0f MB/s  (%s, best of %s s)%n",
                bestEighth.mbPerSecond(), mib(eighth.bytes()),
                seconds(eighth.uploads().stream().map(Upload::seconds).toList())));
        out.append(String.format(Locale.ROOT, "  CPU in the best full-size upload: %s%n",
                best.cpu().describe(best.bytes())));
        out.append(String.format(Locale.ROOT, "upload / cp     %7.2f       (target >= 0.50: %s)%n", ratio,
                ratio >= 0.5 ? "met" : "NOT met"));
        out.append(String.format(Locale.ROOT, "server heap     -Xmx%s%s, jstat -gc every 100 ms during the upload:%n",
                heap, gc.equals("serial") ? " -XX:+UseSerialGC" : " (default GC)"));
        out.append(String.format(Locale.ROOT, "  %10s    peak %s%n", mib(full.bytes()), full.peak().describe()));
        out.append(String.format(Locale.ROOT, "  %10s    peak %s%n", mib(eighth.bytes()), eighth.peak().describe()));
        HeapPeak big = full.peak();
        HeapPeak small = eighth.peak();
        double bytesRatio = (double) full.bytes() / eighth.bytes();
        // Flat: what survives GC stays put, and used heap stays within young gen + old gen.
        boolean flat = big.oldUsedKb() <= small.oldUsedKb() * 1.5 + 4096
                && big.usedKb() <= big.youngKb() + big.oldUsedKb() + 1024;
        out.append(String.format(Locale.ROOT, "  full size / 1/8 size: %.1fx the bytes, %.2fx the old gen peak, %.2fx"
                + " the used peak (used climbs to the young gen size between GCs)%n", bytesRatio,
                big.oldUsedKb() / Math.max(1, small.oldUsedKb()), big.usedKb() / Math.max(1, small.usedKb())));
        out.append(String.format(Locale.ROOT, "  heap vs file size: %s%n", flat
                ? "flat (old gen unchanged, used heap bounded by young gen + old gen, not by the file)"
                : "GROWS with the file: look for buffering of the request body"));
        System.out.print(out);
    }

    private static String seconds(List<Double> values) {
        return String.join(", ", values.stream().map(v -> String.format(Locale.ROOT, "%.3f", v)).toList());
    }

    // ------------------------------------------------------------------ helpers

    private static void writeRandom(Path file, long bytes) throws IOException {
        byte[] buffer = new byte[4 * 1024 * 1024];
        ThreadLocalRandom random = ThreadLocalRandom.current();
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            long left = bytes;
            while (left > 0) {
                random.nextBytes(buffer);
                ByteBuffer chunk = ByteBuffer.wrap(buffer, 0, (int) Math.min(buffer.length, left));
                while (chunk.hasRemaining()) {
                    left -= channel.write(chunk);
                }
            }
            channel.force(true);
        }
    }

    /** The 1-minute load average (Linux), or "?". */
    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException | RuntimeException e) {
            return "?";
        }
    }

    /** User and system CPU seconds of a process, from /proc (Linux; zeros elsewhere). */
    private static double[] processCpu(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            // After "pid (comm) ", field 0 is state; utime and stime are fields 11 and 12, in clock ticks.
            return new double[] {Long.parseLong(fields[11]) / CLOCK_TICKS,
                Long.parseLong(fields[12]) / CLOCK_TICKS};
        } catch (IOException | RuntimeException e) {
            return new double[] {0, 0};
        }
    }

    private static double clockTicks() {
        try {
            Process getconf = new ProcessBuilder("getconf", "CLK_TCK").redirectErrorStream(true).start();
            String out = new String(getconf.getInputStream().readAllBytes(), StandardCharsets.US_ASCII).strip();
            getconf.waitFor();
            return Double.parseDouble(out);
        } catch (IOException | InterruptedException | RuntimeException e) {
            return 100;
        }
    }

    private static double ownCpu() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime() / 1e9;
        }
        return 0;
    }

    private static void command(String... cmd) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(cmd).inheritIO().start();
        int status = process.waitFor();
        if (status != 0) {
            throw new IllegalStateException(String.join(" ", cmd) + " exited with status " + status);
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> all = Files.walk(root)) {
            for (Path path : (Iterable<Path>) all.sorted(Comparator.reverseOrder())::iterator) {
                Files.deleteIfExists(path);
            }
        }
    }

    private static String mib(long bytes) {
        return String.format(Locale.ROOT, "%.0f MiB", bytes / MIB);
    }

    private static void log(String format, Object... args) {
        System.err.println("bench: " + String.format(Locale.ROOT, format, args));
    }
}
