package dev.visionbook.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The local server as the benchmarks run it: {@code java OPTIONS -jar visionbook.jar serve --port 0
 * --data DIR …} in its own JVM, its output in a log file, its pid in a file so that the calling
 * script can stop it if the benchmark's JVM dies first.
 *
 * <pre>{@code
 * BenchServer server = BenchServer.start(jar, List.of("-Xmx128m"), data, log, pidFile, List.of("--api-key", KEY));
 * String baseUrl = server.baseUrl();
 * server.stop();
 * }</pre>
 */
final class BenchServer {

    private static final Pattern READY = Pattern.compile("local Gemini API at (http://\\S+)");

    private final Process process;
    private final String baseUrl;
    private final Path pidFile;

    private BenchServer(Process process, String baseUrl, Path pidFile) {
        this.process = process;
        this.baseUrl = baseUrl;
        this.pidFile = pidFile;
    }

    /** Starts the server and waits (up to a minute) until it says where it serves. */
    static BenchServer start(Path jar, List<String> jvmOptions, Path data, Path log, Path pidFile,
                             List<String> serveOptions) throws IOException, InterruptedException {
        Files.createDirectories(data);
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", jar.toString(), "serve", "--port", "0", "--data", data.toString()));
        command.addAll(serveOptions);
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        Files.writeString(pidFile, process.pid() + "\n");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline && process.isAlive()) {
            Matcher ready = READY.matcher(Files.readString(log, StandardCharsets.UTF_8));
            if (ready.find()) {
                return new BenchServer(process, ready.group(1), pidFile);
            }
            Thread.sleep(50);
        }
        new BenchServer(process, null, pidFile).stop();
        throw new IllegalStateException("The server did not start; its output:\n"
                + Files.readString(log, StandardCharsets.UTF_8));
    }

    String baseUrl() {
        return baseUrl;
    }

    long pid() {
        return process.pid();
    }

    /** TERM, up to 15 s to exit, then KILL; forgets the pid file. */
    void stop() {
        process.destroy();
        try {
            if (!process.waitFor(15, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        try {
            Files.deleteIfExists(pidFile);
        } catch (IOException ignored) {
            // the calling script deletes its work folder anyway
        }
    }
}
