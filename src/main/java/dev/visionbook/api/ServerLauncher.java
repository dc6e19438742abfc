package dev.visionbook.api;

import com.sun.management.HotSpotDiagnosticMXBean;
import java.io.File;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Starts the shared local server as a process of its own ({@code visionbook server run}), detached
 * from the caller: in a session of its own, so that Jupyter stopping or interrupting a kernel's
 * process group leaves it running, with no terminal, and its output appended to its log in the
 * visionbook home. Waits until it writes its state file, which it does once it listens.
 */
final class ServerLauncher {

    /** The command line the server runs; {@link #isServerOf} recognises it by this. */
    static final String MAIN_CLASS = "dev.visionbook.cli.Main";
    private static final Duration START_TIMEOUT = Duration.ofSeconds(90);
    private static final long LOG_ROTATE_BYTES = 8L * 1024 * 1024;
    private static final Path SETSID = Path.of("/usr/bin/setsid");
    // The server decodes video and runs the detectors: the full JIT, a small first heap that grows
    // as needed and is given back when idle, and glibc's arenas capped (the native
    // libraries' threads, OpenCV's and FFmpeg's, would otherwise each grow one).
    private static final List<String> JVM_OPTIONS = List.of("-XX:+UseSerialGC", "-Xms64m", "-Xmx2g", "-XX:MinHeapFreeRatio=10",
            "-XX:MaxHeapFreeRatio=30", "-Xss512k", "-Djava.awt.headless=true",
            "-Dorg.slf4j.simpleLogger.showDateTime=true",
            "-Dorg.slf4j.simpleLogger.dateTimeFormat=yyyy-MM-dd'T'HH:mm:ss.SSSZ");

    /**
     * glibc keeps memory freed by native code (a video's decoder, a detector's buffers) in its
     * arenas; JDKs from 17.0.9 can hand it back every few seconds. The server runs on this JVM's
     * own java, so this JVM says whether the option exists (an unknown -XX option stops a JVM).
     */
    private static final String TRIM_NATIVE_HEAP = "TrimNativeHeapInterval";
    private static final long TRIM_EVERY_MILLIS = 5000;

    private ServerLauncher() {
    }

    /** The server's JVM options: {@link #JVM_OPTIONS}, and the native heap's periodic trim where this JDK has it. */
    static List<String> jvmOptions() {
        List<String> options = new ArrayList<>(JVM_OPTIONS);
        try {
            ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class).getVMOption(TRIM_NATIVE_HEAP);
            options.add("-XX:" + TRIM_NATIVE_HEAP + "=" + TRIM_EVERY_MILLIS);
        } catch (IllegalArgumentException e) {
            // an older JDK: freed native memory stays with the process until reused
        }
        return options;
    }

    /**
     * Starts a server for {@code home}, on {@code preferredPort} if it is free (0: any), and waits
     * for its state.
     */
    static ServerState launch(ServerHome home, int preferredPort, Duration idleTimeout, boolean warmModels) throws IOException {
        String launch = UUID.randomUUID().toString();
        List<String> command = new ArrayList<>();
        if (Files.isExecutable(SETSID)) {
            command.add(SETSID.toString());
        }
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions());
        command.addAll(List.of("-cp", classPath(), MAIN_CLASS, "server", "run", "--home", home.folder().toString(),
                "--port", Integer.toString(preferredPort), "--idle-timeout", IdleTimeout.format(idleTimeout),
                "--launch", launch));
        if (warmModels) {
            command.add("--warm-models");
        }
        Files.createDirectories(home.logs());
        rotate(home.serverLog());
        ProcessBuilder builder = new ProcessBuilder(command).directory(home.folder().toFile())
                .redirectOutput(ProcessBuilder.Redirect.appendTo(home.serverLog().toFile()))
                .redirectErrorStream(true);
        File devNull = new File("/dev/null");
        if (devNull.exists()) {
            builder.redirectInput(ProcessBuilder.Redirect.from(devNull));
        }
        Map<String, String> environment = builder.environment();
        environment.putIfAbsent("MALLOC_ARENA_MAX", "2");
        Process process = builder.start();
        if (!devNull.exists()) {
            process.getOutputStream().close();
        }
        return awaitState(home, launch, process);
    }

    private static ServerState awaitState(ServerHome home, String launch, Process process) throws IOException {
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            var state = ServerState.read(home.stateFile()).filter(found -> found.launch().equals(launch));
            if (state.isPresent()) {
                return state.get();
            }
            // setsid may fork and end at once (exit 0); a failure ends it with another code.
            if (!process.isAlive() && process.exitValue() != 0) {
                throw new IOException("it ended with exit code " + process.exitValue() + "; its log "
                        + home.serverLog() + " ends with:\n" + tail(home.serverLog()));
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while it started", e);
            }
        }
        process.destroy();
        throw new IOException("it did not start within " + START_TIMEOUT.toSeconds() + " s; see " + home.serverLog());
    }

    /** True when {@code process} is a shared server of {@code home}, not another program that got its pid. */
    static boolean isServerOf(ProcessHandle process, ServerHome home) {
        List<String> arguments = arguments(process);
        int at = arguments.indexOf("--home");
        return arguments.contains(MAIN_CLASS) && arguments.contains("server") && at >= 0 && at + 1 < arguments.size()
                && Path.of(arguments.get(at + 1)).toAbsolutePath().normalize().equals(home.folder());
    }

    /** From /proc on Linux, whole (the JDK's own view cuts long command lines short), else as the JDK sees them. */
    private static List<String> arguments(ProcessHandle process) {
        Path cmdline = Path.of("/proc", Long.toString(process.pid()), "cmdline");
        try {
            if (Files.isReadable(cmdline)) {
                return Arrays.asList(new String(Files.readAllBytes(cmdline), StandardCharsets.UTF_8).split("\0"));
            }
        } catch (IOException e) {
            // gone, or not ours to read: as the JDK sees it
        }
        return process.info().arguments().map(Arrays::asList).orElse(List.of());
    }

    /**
     * This JVM's class path when it holds this code (a kernel's {@code -jar visionbook.jar}, a test
     * run), else the jar this code came from (jshell's agent, which loads it from elsewhere).
     */
    static String classPath() {
        List<String> entries = Arrays.stream(System.getProperty("java.class.path", "").split(File.pathSeparator))
                .filter(entry -> !entry.isBlank()).map(entry -> Path.of(entry).toAbsolutePath().normalize().toString())
                .collect(Collectors.toCollection(ArrayList::new));
        try {
            String code = Path.of(ServerLauncher.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                    .toAbsolutePath().normalize().toString();
            if (!entries.contains(code)) {
                entries.add(0, code);
            }
        } catch (URISyntaxException | RuntimeException e) {
            // no code source to add: the class path as it is
        }
        return String.join(File.pathSeparator, entries);
    }

    private static void rotate(Path log) throws IOException {
        if (Files.isRegularFile(log) && Files.size(log) > LOG_ROTATE_BYTES) {
            Files.move(log, log.resolveSibling(log.getFileName() + ".1"), StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 8), lines.size()));
        } catch (IOException | RuntimeException e) {
            return "(unreadable: " + e.getMessage() + ")";
        }
    }
}
