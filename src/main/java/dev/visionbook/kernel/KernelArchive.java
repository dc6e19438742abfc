package dev.visionbook.kernel;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The kernel's class-data archive: the classes a kernel loads on its way to a first result (javac,
 * JShell, the helper API, the Jupyter messaging), stored by the JVM once so later kernels map them
 * instead of loading, verifying and linking them again. A kernel starts about a quarter sooner.
 *
 * <p>The kernelspec names the archive ({@link #jvmOptions}); a JVM given an archive that is missing or
 * made for another jar or JDK ignores it, quietly. So a kernel whose archive is missing or stale makes
 * it anew once it is idle: a separate, low-priority JVM runs the same start a kernel runs and writes
 * the archive on exit ({@code -XX:ArchiveClassesAtExit}), and the file is moved into place whole. A
 * stamp beside it records the jar and the JDK it was made for.
 *
 * <pre>{@code
 * argv.addAll(KernelArchive.jvmOptions(KernelArchive.defaultLocation(jar, System.getenv())));
 * // later, inside a kernel that has been idle a while:
 * KernelArchive.ofThisJvm().filter(archive -> !archive.isCurrent()).ifPresent(KernelArchive::refresh);
 * }</pre>
 */
public final class KernelArchive {

    /** The option a kernel is given its archive by. */
    static final String ARCHIVE_OPTION = "-XX:SharedArchiveFile=";
    /** What the training JVM runs: {@code visionbook kernel --train-archive}. */
    public static final String TRAIN_FLAG = "--train-archive";
    private static final Logger LOG = LoggerFactory.getLogger(KernelArchive.class);
    private static final Duration TRAINING_TIMEOUT = Duration.ofMinutes(3);
    // A stale or missing archive is the normal case after a rebuild; the JVM's warnings about it
    // would land in the terminal Jupyter runs in.
    private static final List<String> QUIET = List.of("-Xlog:cds=off", "-Xlog:cds+dynamic=off");

    private final Path archive;
    private final Path jar;
    private final List<String> options;

    private KernelArchive(Path archive, Path jar, List<String> options) {
        this.archive = archive;
        this.jar = jar;
        this.options = List.copyOf(options);
    }

    /** The options that give a kernel the archive at {@code archive}. */
    public static List<String> jvmOptions(Path archive) {
        List<String> options = new ArrayList<>();
        options.add(ARCHIVE_OPTION + archive.toAbsolutePath());
        options.addAll(QUIET);
        return options;
    }

    /**
     * Where a kernel of {@code jar} keeps its archive: the user's cache
     * ({@code $XDG_CACHE_HOME}, else {@code ~/.cache}), under {@code visionbook/cds/}, one file per jar.
     */
    public static Path defaultLocation(Path jar, Map<String, String> environment) {
        String xdg = environment.get("XDG_CACHE_HOME");
        String home = environment.getOrDefault("HOME", System.getProperty("user.home"));
        Path cache = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(home, ".cache");
        return cache.resolve("visionbook").resolve("cds").resolve("kernel-" + shortHash(jar.toAbsolutePath().toString()) + ".jsa");
    }

    /**
     * The archive this JVM was started with, when it runs a single jar (the kernelspec's
     * {@code -jar}); empty otherwise (a kernel inside a test, or started without one).
     */
    static Optional<KernelArchive> ofThisJvm() {
        List<String> arguments = ManagementFactory.getRuntimeMXBean().getInputArguments();
        String classPath = System.getProperty("java.class.path", "");
        if (classPath.isBlank() || classPath.contains(java.io.File.pathSeparator) || !classPath.endsWith(".jar")) {
            return Optional.empty();
        }
        Optional<Path> archive = arguments.stream().filter(argument -> argument.startsWith(ARCHIVE_OPTION))
                .map(argument -> Path.of(argument.substring(ARCHIVE_OPTION.length()))).findFirst();
        List<String> options = arguments.stream().filter(KernelArchive::keptForTraining).toList();
        return archive.map(path -> new KernelArchive(path, Path.of(classPath).toAbsolutePath(), options));
    }

    /** The archive at {@code archive} for kernels that run {@code jar} with {@code jvmOptions} (the kernelspec's). */
    static KernelArchive of(Path archive, Path jar, List<String> jvmOptions) {
        return new KernelArchive(archive, jar.toAbsolutePath(), jvmOptions.stream().filter(KernelArchive::keptForTraining).toList());
    }

    /** The options the training JVM repeats: the kernel's own, without archive, logging or agent ones. */
    private static boolean keptForTraining(String option) {
        return !option.startsWith(ARCHIVE_OPTION) && !option.startsWith("-XX:ArchiveClassesAtExit")
                && !option.startsWith("-Xlog") && !option.startsWith("-XX:StartFlightRecording")
                && !option.startsWith("-agent") && !option.startsWith("-javaagent") && !option.startsWith("-Xshare");
    }

    /** What {@code visionbook kernel --train-archive} runs: the JVM writing the archive exits after it. */
    public static void train() {
        ArchiveTraining.run();
    }

    Path file() {
        return archive;
    }

    /** True when the archive exists and its stamp names this jar (size and time) and this JDK. */
    boolean isCurrent() {
        Path stamp = stampFile();
        if (!Files.isRegularFile(archive) || !Files.isRegularFile(stamp)) {
            return false;
        }
        try (InputStream in = Files.newInputStream(stamp)) {
            Properties recorded = new Properties();
            recorded.load(in);
            return recorded.equals(stamp());
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
    }

    /**
     * Makes the archive anew, in a low-priority JVM, unless another kernel is making it now; the old
     * archive stays in use until the new one is moved over it. Failures are logged, never thrown: a
     * kernel without its archive only starts slower.
     */
    void refresh() {
        Path folder = archive.toAbsolutePath().getParent();
        try {
            Files.createDirectories(folder);
            try (FileChannel lockFile = FileChannel.open(folder.resolve(archive.getFileName() + ".lock"),
                    StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                 FileLock lock = lockFile.tryLock()) {
                if (lock == null || isCurrent()) {
                    return;
                }
                removeLeftovers(folder);
                train(folder);
            }
        } catch (IOException | RuntimeException e) {
            LOG.info("The kernel's class-data archive was not made ({}); kernels start without it", e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void train(Path folder) throws IOException, InterruptedException {
        Path made = Files.createTempFile(folder, archive.getFileName().toString(), ".tmp");
        Files.delete(made);
        List<String> command = new ArrayList<>();
        Path nice = Path.of("/usr/bin/nice");
        if (Files.isExecutable(nice)) {
            command.addAll(List.of(nice.toString(), "-n", "10"));
        }
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(options);
        command.add("-XX:ArchiveClassesAtExit=" + made);
        command.addAll(QUIET);
        command.addAll(List.of("-jar", jar.toString(), "kernel", TRAIN_FLAG));
        Path log = folder.resolve(archive.getFileName() + ".log");
        Process training = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            if (!training.waitFor(TRAINING_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                throw new IOException("the training JVM took over " + TRAINING_TIMEOUT.toSeconds() + " s");
            }
            if (training.exitValue() != 0 || !Files.isRegularFile(made)) {
                throw new IOException("the training JVM ended with " + training.exitValue() + "; see " + log);
            }
            moveWhole(made, archive);
            Path stampMade = Files.createTempFile(folder, archive.getFileName() + ".stamp", ".tmp");
            try (OutputStream out = Files.newOutputStream(stampMade)) {
                stamp().store(out, "what " + archive.getFileName() + " was made for");
            }
            moveWhole(stampMade, stampFile());
            LOG.info("Made the kernel's class-data archive {}", archive);
        } finally {
            training.destroyForcibly();
            Files.deleteIfExists(made);
        }
    }

    /** Half-made archives of kernels that ended while their training ran (under the lock, none is in use). */
    private void removeLeftovers(Path folder) throws IOException {
        String prefix = archive.getFileName().toString();
        try (var files = Files.list(folder)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                String name = file.getFileName().toString();
                if (name.startsWith(prefix) && name.endsWith(".tmp")) {
                    Files.deleteIfExists(file);
                }
            }
        }
    }

    private static void moveWhole(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private Path stampFile() {
        return archive.resolveSibling(archive.getFileName() + ".stamp");
    }

    /** What the archive depends on: the jar (path, size, time), the JDK and the options that shape it. */
    private Properties stamp() throws IOException {
        Properties stamp = new Properties();
        stamp.setProperty("jar", jar.toString());
        stamp.setProperty("jar.size", Long.toString(Files.size(jar)));
        stamp.setProperty("jar.modified", Long.toString(Files.getLastModifiedTime(jar).toMillis()));
        stamp.setProperty("java.home", System.getProperty("java.home"));
        stamp.setProperty("java.vm.version", System.getProperty("java.vm.version"));
        stamp.setProperty("options", String.join(" ", options));
        return stamp;
    }

    private static String shortHash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
