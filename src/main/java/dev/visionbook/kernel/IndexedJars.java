package dev.visionbook.kernel;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Path;
import java.nio.file.Files;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.tools.SimpleJavaFileObject;

/**
 * The class files of some jars, by package, read with {@link ZipFile}: the kernel's jar holds about
 * 50,000 entries, and javac's own jar reader indexes every one of them into objects of its own
 * before the first cell compiles, while the JVM has already opened the same jar for class loading
 * and {@code ZipFile} shares what it read. Only {@code .class} entries are kept, as names.
 *
 * <p>Threading: built once, then read-only; {@link #classes} may be called from any thread.
 */
final class IndexedJars implements AutoCloseable {

    private final List<ZipFile> jars = new ArrayList<>();
    private final Set<Path> paths = new HashSet<>();
    // package name ("" for the unnamed one) -> its classes, as (jar, entry name)
    private final Map<String, List<ClassEntry>> packages = new HashMap<>();

    IndexedJars(List<Path> jarFiles) {
        try {
            for (Path path : jarFiles) {
                ZipFile jar = new ZipFile(path.toFile());
                jars.add(jar);
                paths.add(path.toAbsolutePath().normalize());
                index(jar);
            }
        } catch (IOException e) {
            close();
            throw new UncheckedIOException("Cannot read the jar " + e.getMessage(), e);
        }
    }

    /**
     * The entries of a class path (as {@code java.class.path} spells it) split into the jars to index, with the jars their manifests' {@code
     * Class-Path} names (as javac follows them), and the rest (folders, missing files) for javac.
     */
    static Split split(String classPath) {
        Set<Path> jars = new LinkedHashSet<>();
        List<Path> others = new ArrayList<>();
        Deque<Path> pending = new ArrayDeque<>();
        if (classPath != null) {
            for (String entry : classPath.split(File.pathSeparator)) {
                if (!entry.isBlank()) {
                    pending.add(Path.of(entry));
                }
            }
        }
        while (!pending.isEmpty()) {
            Path entry = pending.removeFirst().toAbsolutePath().normalize();
            if (!Files.isRegularFile(entry) || !entry.getFileName().toString().endsWith(".jar")) {
                if (!others.contains(entry) && !jars.contains(entry)) {
                    others.add(entry);
                }
                continue;
            }
            if (jars.add(entry)) {
                List<Path> named = manifestClassPath(entry);
                for (int i = named.size() - 1; i >= 0; i--) {
                    pending.addFirst(named.get(i));
                }
            }
        }
        return new Split(List.copyOf(jars), List.copyOf(others));
    }

    /** A class path as jars to index and other entries, each in class-path order. */
    record Split(List<Path> jars, List<Path> others) {
    }

    private static List<Path> manifestClassPath(Path jar) {
        try (JarFile file = new JarFile(jar.toFile())) {
            Manifest manifest = file.getManifest();
            String value = manifest == null ? null : manifest.getMainAttributes().getValue(Attributes.Name.CLASS_PATH);
            if (value == null || value.isBlank()) {
                return List.of();
            }
            List<Path> named = new ArrayList<>();
            URI base = jar.getParent().toUri();
            for (String item : value.strip().split("\\s+")) {
                try {
                    URI uri = base.resolve(item);
                    if ("file".equals(uri.getScheme())) {
                        named.add(Path.of(uri));
                    }
                } catch (IllegalArgumentException e) {
                    // javac skips what it cannot read as a path, and so does this
                }
            }
            return named;
        } catch (IOException e) {
            return List.of();
        }
    }

    private void index(ZipFile jar) {
        Enumeration<? extends ZipEntry> entries = jar.entries();
        while (entries.hasMoreElements()) {
            String name = entries.nextElement().getName();
            // Multi-release and module-info entries are not what javac looks up by package.
            if (!name.endsWith(".class") || name.startsWith("META-INF/") || name.endsWith("module-info.class")) {
                continue;
            }
            int slash = name.lastIndexOf('/');
            String packageName = slash < 0 ? "" : name.substring(0, slash).replace('/', '.');
            packages.computeIfAbsent(packageName, p -> new ArrayList<>()).add(new ClassEntry(jar, name));
        }
    }

    /** The class files of {@code packageName}, and of its subpackages when {@code recurse}. */
    List<ClassFile> classes(String packageName, boolean recurse) {
        List<ClassFile> found = new ArrayList<>();
        if (!recurse) {
            packages.getOrDefault(packageName, List.of()).forEach(entry -> found.add(new ClassFile(entry)));
            return found;
        }
        packages.forEach((name, entries) -> {
            if (name.equals(packageName) || packageName.isEmpty() || name.startsWith(packageName + ".")) {
                entries.forEach(entry -> found.add(new ClassFile(entry)));
            }
        });
        return found;
    }

    /** True for a jar indexed here (and so to be kept off javac's own class path). */
    boolean covers(Path jar) {
        return paths.contains(jar.toAbsolutePath().normalize());
    }

    boolean isEmpty() {
        return packages.isEmpty();
    }

    @Override
    public void close() {
        for (ZipFile jar : jars) {
            try {
                jar.close();
            } catch (IOException e) {
                // closing: nothing to keep
            }
        }
        jars.clear();
    }

    private record ClassEntry(ZipFile jar, String name) {
    }

    /** A class file in one of the jars, as javac reads it. */
    static final class ClassFile extends SimpleJavaFileObject {

        private final ClassEntry entry;

        private ClassFile(ClassEntry entry) {
            // A hierarchical URI (javac matches a class file's name by the URI's path), unique per entry.
            super(uriOf(entry), Kind.CLASS);
            this.entry = entry;
        }

        private static URI uriOf(ClassEntry entry) {
            try {
                return new URI("file", null, Path.of(entry.jar().getName()).toAbsolutePath() + "!/" + entry.name(), null);
            } catch (java.net.URISyntaxException e) {
                throw new IllegalArgumentException("Cannot name " + entry.name() + " in " + entry.jar().getName(), e);
            }
        }

        /** The class's binary name, as {@code javax.tools.JavaFileManager#inferBinaryName} gives it. */
        String binaryName() {
            String name = entry.name();
            return name.substring(0, name.length() - ".class".length()).replace('/', '.');
        }

        @Override
        public InputStream openInputStream() throws IOException {
            ZipEntry zipEntry = entry.jar().getEntry(entry.name());
            if (zipEntry == null) {
                throw new IOException(entry.name() + " is no longer in " + entry.jar().getName());
            }
            return entry.jar().getInputStream(zipEntry);
        }

        @Override
        public String getName() {
            return entry.jar().getName() + "(" + entry.name() + ")";
        }
    }
}
