package dev.visionbook.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The kernel's class-data archive is made by a real training JVM from a real launcher jar (this
 * build's classes and libraries, as {@code java -jar} runs them), the JVM accepts it, and a changed
 * jar makes it stale.
 */
class KernelArchiveTest {

    private static final List<String> OPTIONS = List.of("-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Djava.awt.headless=true");

    @TempDir
    Path folder;

    @Test
    void isMadeByATrainingRunAcceptedByTheJvmAndStaleOnceTheJarChanges() throws Exception {
        Path jar = launcherJar();
        KernelArchive archive = KernelArchive.of(folder.resolve("cds").resolve("kernel.jsa"), jar, OPTIONS);
        assertFalse(archive.isCurrent(), "no archive yet");
        Path leftover = Files.createDirectories(archive.file().getParent()).resolve("kernel.jsa4242.tmp");
        Files.writeString(leftover, "half of an archive a killed kernel's training left");

        archive.refresh();

        assertFalse(Files.exists(leftover), "what an ended training left is removed");

        assertTrue(archive.isCurrent(), "made, and stamped for this jar and JDK");
        assertTrue(Files.size(archive.file()) > 1_000_000, "it holds the classes a kernel loads");
        // With -Xshare:on a JVM refuses to start on an archive it cannot use.
        assertEquals(0, java(List.of("-XX:SharedArchiveFile=" + archive.file(), "-Xshare:on"), jar, "--version"));

        Files.setLastModifiedTime(jar, FileTime.fromMillis(Files.getLastModifiedTime(jar).toMillis() + 60_000));
        assertFalse(archive.isCurrent(), "a rebuilt jar needs a new archive");
    }

    @Test
    void kernelspecOptionsNameTheArchiveAndSilenceTheJvmAboutAStaleOne() {
        Path archive = KernelArchive.defaultLocation(Path.of("/opt/visionbook.jar"), Map.of("XDG_CACHE_HOME", "/tmp/cache"));
        assertTrue(archive.startsWith(Path.of("/tmp/cache/visionbook/cds")), archive.toString());
        List<String> options = KernelArchive.jvmOptions(archive);
        assertEquals("-XX:SharedArchiveFile=" + archive, options.get(0));
        assertTrue(options.contains("-Xlog:cds=off"));
        assertEquals(archive, KernelArchive.defaultLocation(Path.of("/opt/visionbook.jar"), Map.of("XDG_CACHE_HOME", "/tmp/cache")));
        assertFalse(archive.equals(KernelArchive.defaultLocation(Path.of("/opt/other.jar"), Map.of("XDG_CACHE_HOME", "/tmp/cache"))));
    }

    private int java(List<String> extra, Path jar, String... arguments) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(OPTIONS);
        command.addAll(extra);
        command.addAll(List.of("-jar", jar.toString()));
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(folder.resolve("java.log").toFile()).start();
        assertTrue(process.waitFor(60, TimeUnit.SECONDS));
        return process.exitValue();
    }

    /** This build's classes in one jar, and a launcher jar whose manifest names it and every library jar. */
    private Path launcherJar() throws IOException {
        List<String> classPath = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            Path path = Path.of(entry);
            if (Files.isDirectory(path) && !path.endsWith("test-classes")) {
                Path classes = folder.resolve("classes-" + classPath.size() + ".jar");
                jarFolder(path, classes);
                classPath.add(classes.getFileName().toString());
            } else if (entry.endsWith(".jar")) {
                classPath.add(path.toAbsolutePath().toUri().toString());
            }
        }
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, "dev.visionbook.cli.Main");
        manifest.getMainAttributes().put(Attributes.Name.CLASS_PATH, String.join(" ", classPath));
        Path jar = folder.resolve("visionbook-launcher.jar");
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file, manifest)) {
            // only the manifest
        }
        return jar;
    }

    private static void jarFolder(Path folder, Path jar) throws IOException {
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file);
             Stream<Path> files = Files.walk(folder)) {
            for (Path path : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                out.putNextEntry(new JarEntry(folder.relativize(path).toString().replace(File.separatorChar, '/')));
                out.write(Files.readAllBytes(path));
                out.closeEntry();
            }
        }
    }
}
