package dev.visionbook.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** javac compiles against jars it sees only through {@link IndexedClassPath}, manifests' Class-Path included. */
class IndexedClassPathTest {

    private static final JavaCompiler JAVAC = ToolProvider.getSystemJavaCompiler();

    @TempDir
    Path folder;

    @Test
    void javacFindsClassesOfIndexedJarsAndOfTheJarsTheirManifestsName() throws IOException {
        Path library = jarOf("demo.Greeter", "package demo; public class Greeter { public String hello() { return \"hi\"; } }", null);
        // A jar with nothing but a manifest naming the library, as test runners launch with.
        Path launcher = jarOf(null, null, library.getFileName().toString());
        IndexedJars.Split split = IndexedJars.split(launcher + java.io.File.pathSeparator + folder.resolve("no-such-folder"));
        assertEquals(List.of(launcher, library), split.jars());
        assertEquals(List.of(folder.resolve("no-such-folder")), split.others());

        String errors = compile(split.jars(), "class UsesGreeter { String greet() { return new demo.Greeter().hello(); } }");
        assertEquals("", errors);
    }

    @Test
    void aClassInNoIndexedJarIsStillAnError() throws IOException {
        Path library = jarOf("demo.Greeter", "package demo; public class Greeter { }", null);
        String errors = compile(List.of(library), "class UsesMissing { demo.Missing missing; }");
        assertTrue(errors.contains("demo.Missing") || errors.contains("Missing"), errors);
    }

    @Test
    void keepsTheIndexedJarsOffJavacsOwnClassPathWhenJShellSetsIt() throws IOException {
        Path library = jarOf("demo.Greeter", "package demo; public class Greeter { }", null);
        Path classes = Files.createDirectories(folder.resolve("more-classes"));
        try (IndexedClassPath files = new IndexedClassPath(JAVAC.getStandardFileManager(null, null, null),
                new IndexedJars(List.of(library)))) {
            assertFalse(files.getLocationAsPaths(StandardLocation.CLASS_PATH).iterator().hasNext(),
                    "not java.class.path, javac's default");
            files.handleOption("-classpath", List.of(library + java.io.File.pathSeparator + classes).iterator());
            List<Path> javacs = new java.util.ArrayList<>();
            files.getLocationAsPaths(StandardLocation.CLASS_PATH).forEach(javacs::add);
            assertEquals(List.of(classes), javacs);
        }
    }

    @Test
    void listsAPackageAndItsSubpackagesOnlyWhenAskedToRecurse() throws IOException {
        Path library = jarOf("demo.inner.Deep", "package demo.inner; public class Deep { }", null);
        try (IndexedJars jars = new IndexedJars(List.of(library))) {
            assertTrue(jars.classes("demo", false).isEmpty());
            assertEquals("demo.inner.Deep", jars.classes("demo", true).get(0).binaryName());
            assertEquals("demo.inner.Deep", jars.classes("demo.inner", false).get(0).binaryName());
            assertFalse(jars.isEmpty());
        }
    }

    private String compile(List<Path> indexed, String source) throws IOException {
        Path sourceFile = folder.resolve("src").resolve(source.contains("UsesGreeter") ? "UsesGreeter.java" : "UsesMissing.java");
        Files.createDirectories(sourceFile.getParent());
        Files.writeString(sourceFile, source);
        Path out = Files.createDirectories(folder.resolve("out-" + System.nanoTime()));
        StringWriter errors = new StringWriter();
        StandardJavaFileManager standard = JAVAC.getStandardFileManager(null, null, null);
        try (IndexedClassPath files = new IndexedClassPath(standard, new IndexedJars(indexed))) {
            files.setLocationFromPaths(StandardLocation.CLASS_OUTPUT, List.of(out));
            files.setLocationFromPaths(StandardLocation.CLASS_PATH, List.of());
            boolean ok = JAVAC.getTask(errors, files, null, List.of("-proc:none"), null,
                    files.getJavaFileObjectsFromPaths(List.of(sourceFile))).call();
            return ok ? "" : errors.toString().isEmpty() ? "failed" : errors.toString();
        }
    }

    /** A jar with {@code className} compiled from {@code source} (when given) and a manifest Class-Path (when given). */
    private Path jarOf(String className, String source, String classPath) throws IOException {
        Path jar = folder.resolve((className == null ? "launcher" : className) + ".jar");
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        if (classPath != null) {
            manifest.getMainAttributes().put(Attributes.Name.CLASS_PATH, classPath);
        }
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file, manifest)) {
            if (className != null) {
                Path classes = Files.createDirectories(folder.resolve("classes-" + className));
                Path sourceFile = classes.resolve(className.substring(className.lastIndexOf('.') + 1) + ".java");
                Files.writeString(sourceFile, source);
                assertEquals(0, JAVAC.run(null, null, null, "-d", classes.toString(), sourceFile.toString()));
                String entry = className.replace('.', '/') + ".class";
                out.putNextEntry(new JarEntry(entry));
                out.write(Files.readAllBytes(classes.resolve(entry)));
                out.closeEntry();
            }
        }
        return jar;
    }
}
