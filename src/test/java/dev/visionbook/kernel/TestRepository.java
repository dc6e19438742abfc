package dev.visionbook.kernel;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import javax.tools.ToolProvider;

/** Writes small libraries into a folder in Maven's repository layout, so {@code %maven} is tested offline. */
final class TestRepository {

    private final Path root;

    TestRepository(Path root) {
        this.root = root;
    }

    /**
     * Compiles one class into {@code group:artifact:1.0}, with a POM naming its dependencies.
     *
     * @param dependencies coordinates {@code group:artifact:version} of libraries it needs
     */
    void publish(String group, String artifact, String className, String source, List<String> dependencies,
            Path... classPath) throws IOException {
        Path work = Files.createTempDirectory("library");
        Path file = work.resolve("src").resolve(className.replace('.', '/') + ".java");
        Files.createDirectories(file.getParent());
        Files.writeString(file, source);
        Path classes = Files.createDirectories(work.resolve("classes"));
        String path = String.join(java.io.File.pathSeparator, java.util.Arrays.stream(classPath).map(Path::toString).toList());
        int status = ToolProvider.getSystemJavaCompiler().run(null, null, null, "-d", classes.toString(),
                "-cp", path.isEmpty() ? "." : path, file.toString());
        if (status != 0) {
            throw new IllegalStateException("The test library did not compile");
        }
        Path folder = Files.createDirectories(root.resolve(group.replace('.', '/')).resolve(artifact).resolve("1.0"));
        try (OutputStream out = Files.newOutputStream(jar(group, artifact)); JarOutputStream jar = new JarOutputStream(out)) {
            try (var files = Files.walk(classes)) {
                for (Path classFile : files.filter(Files::isRegularFile).toList()) {
                    jar.putNextEntry(new JarEntry(classes.relativize(classFile).toString().replace('\\', '/')));
                    jar.write(Files.readAllBytes(classFile));
                    jar.closeEntry();
                }
            }
        }
        StringBuilder pom = new StringBuilder("<project><modelVersion>4.0.0</modelVersion>")
                .append("<groupId>").append(group).append("</groupId><artifactId>").append(artifact)
                .append("</artifactId><version>1.0</version><dependencies>");
        for (String dependency : dependencies) {
            String[] parts = dependency.split(":");
            pom.append("<dependency><groupId>").append(parts[0]).append("</groupId><artifactId>").append(parts[1])
                    .append("</artifactId><version>").append(parts[2]).append("</version></dependency>");
        }
        pom.append("</dependencies></project>");
        Files.writeString(folder.resolve(artifact + "-1.0.pom"), pom, StandardCharsets.UTF_8);
    }

    Path jar(String group, String artifact) {
        return root.resolve(group.replace('.', '/')).resolve(artifact).resolve("1.0").resolve(artifact + "-1.0.jar");
    }
}
