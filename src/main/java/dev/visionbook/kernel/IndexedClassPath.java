package dev.visionbook.kernel;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javax.tools.FileObject;
import javax.tools.ForwardingJavaFileManager;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;

/**
 * JShell's compiler file manager with the kernel's jars on its class path through {@link IndexedJars}
 * instead of javac's own jar reader; everything else (the JDK, jars {@code %maven} adds, folders) is
 * javac's as before. The indexed jars come first on the class path, as they did when given to javac.
 *
 * <pre>{@code
 * JShell.builder().fileManager(standard -> new IndexedClassPath(standard, new IndexedJars(jars)))
 * }</pre>
 */
final class IndexedClassPath extends ForwardingJavaFileManager<StandardJavaFileManager> implements StandardJavaFileManager {

    private static final Set<String> CLASS_PATH_OPTIONS = Set.of("-classpath", "-cp", "--class-path");

    private final IndexedJars jars;

    IndexedClassPath(StandardJavaFileManager standard, IndexedJars jars) {
        super(standard);
        this.jars = jars;
        try {
            // javac's default class path is java.class.path, which would have it index the jars itself.
            standard.setLocationFromPaths(StandardLocation.CLASS_PATH, List.of());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** JShell sets the class path to java.class.path plus what it adds; the indexed jars are left out of javac's. */
    @Override
    public boolean handleOption(String current, Iterator<String> remaining) {
        if (!CLASS_PATH_OPTIONS.contains(current) || !remaining.hasNext()) {
            return super.handleOption(current, remaining);
        }
        String kept = Arrays.stream(remaining.next().split(File.pathSeparator))
                .filter(entry -> !entry.isBlank() && !jars.covers(Path.of(entry)))
                .collect(Collectors.joining(File.pathSeparator));
        return super.handleOption(current, List.of(kept).iterator());
    }

    @Override
    public Iterable<JavaFileObject> list(Location location, String packageName, Set<JavaFileObject.Kind> kinds, boolean recurse)
            throws IOException {
        Iterable<JavaFileObject> listed = super.list(location, packageName, kinds, recurse);
        if (location != StandardLocation.CLASS_PATH || !kinds.contains(JavaFileObject.Kind.CLASS)) {
            return listed;
        }
        List<JavaFileObject> all = new ArrayList<>(jars.classes(packageName, recurse));
        listed.forEach(all::add);
        return all;
    }

    @Override
    public String inferBinaryName(Location location, JavaFileObject file) {
        return file instanceof IndexedJars.ClassFile classFile ? classFile.binaryName() : super.inferBinaryName(location, file);
    }

    @Override
    public boolean isSameFile(FileObject a, FileObject b) {
        if (a instanceof IndexedJars.ClassFile || b instanceof IndexedJars.ClassFile) {
            return a.toUri().equals(b.toUri());
        }
        return super.isSameFile(a, b);
    }

    @Override
    public boolean hasLocation(Location location) {
        return location == StandardLocation.CLASS_PATH && !jars.isEmpty() || super.hasLocation(location);
    }

    @Override
    public boolean contains(Location location, FileObject file) throws IOException {
        if (file instanceof IndexedJars.ClassFile) {
            return location == StandardLocation.CLASS_PATH;
        }
        return super.contains(location, file);
    }

    @Override
    public void close() throws IOException {
        try {
            super.close();
        } finally {
            jars.close();
        }
    }

    // The rest of StandardJavaFileManager, as javac's.

    @Override
    public Iterable<? extends JavaFileObject> getJavaFileObjectsFromFiles(Iterable<? extends File> files) {
        return fileManager.getJavaFileObjectsFromFiles(files);
    }

    @Override
    public Iterable<? extends JavaFileObject> getJavaFileObjectsFromPaths(Collection<? extends Path> paths) {
        return fileManager.getJavaFileObjectsFromPaths(paths);
    }

    @Override
    public Iterable<? extends JavaFileObject> getJavaFileObjects(File... files) {
        return fileManager.getJavaFileObjects(files);
    }

    @Override
    public Iterable<? extends JavaFileObject> getJavaFileObjects(Path... paths) {
        return fileManager.getJavaFileObjects(paths);
    }

    @Override
    public Iterable<? extends JavaFileObject> getJavaFileObjectsFromStrings(Iterable<String> names) {
        return fileManager.getJavaFileObjectsFromStrings(names);
    }

    @Override
    public Iterable<? extends JavaFileObject> getJavaFileObjects(String... names) {
        return fileManager.getJavaFileObjects(names);
    }

    @Override
    public void setLocation(Location location, Iterable<? extends File> files) throws IOException {
        fileManager.setLocation(location, files);
    }

    @Override
    public void setLocationFromPaths(Location location, Collection<? extends Path> paths) throws IOException {
        fileManager.setLocationFromPaths(location, paths);
    }

    @Override
    public void setLocationForModule(Location location, String moduleName, Collection<? extends Path> paths) throws IOException {
        fileManager.setLocationForModule(location, moduleName, paths);
    }

    @Override
    public Iterable<? extends File> getLocation(Location location) {
        return fileManager.getLocation(location);
    }

    @Override
    public Iterable<? extends Path> getLocationAsPaths(Location location) {
        return fileManager.getLocationAsPaths(location);
    }

    @Override
    public Path asPath(FileObject file) {
        return fileManager.asPath(file);
    }

    @Override
    public void setPathFactory(PathFactory factory) {
        fileManager.setPathFactory(factory);
    }
}
