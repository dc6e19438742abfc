package dev.visionbook.kernel;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The kernelspec Jupyter reads to list and start "Java (visionbook)": {@code kernel.json} from the
 * template in {@code kernel/} (shipped in the jar), with an {@code argv} that runs this jar with this
 * Java, and the two logos.
 */
public final class KernelSpec {

    /** The folder name Jupyter knows the kernel by. */
    public static final String DEFAULT_NAME = "visionbook";

    /**
     * For a fast start: one GC thread and the quick JIT tier suit a 2-core laptop and short cells;
     * headless AWT draws images without a display; the open {@code java.util} lets {@code %env}
     * change the JVM's environment.
     */
    // A small first heap: the JVM's default (1/64 of the machine's memory) is touched as the kernel
    // allocates and stays resident, hundreds of MB for a kernel whose live objects take tens.
    static final List<String> JVM_OPTIONS = List.of("-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Xshare:auto",
            "-Xms16m", "-XX:MinHeapFreeRatio=10", "-XX:MaxHeapFreeRatio=30",
            "-Djava.awt.headless=true", "--add-opens=java.base/java.util=ALL-UNNAMED");

    private static final String TEMPLATE = "dev/visionbook/kernel/spec/";
    private static final List<String> LOGOS = List.of("logo-32x32.png", "logo-64x64.png");

    private KernelSpec() {
    }

    /**
     * {@code [java, options…, -jar, jar, kernel, {connection_file}]}, the options naming the kernel's
     * class-data archive in the user's cache ({@link KernelArchive#defaultLocation}).
     */
    public static List<String> argv(Path java, Path jar) {
        return argv(java, jar, KernelArchive.defaultLocation(jar, System.getenv()));
    }

    /** As {@link #argv(Path, Path)}, with the class-data archive at {@code archive}. */
    public static List<String> argv(Path java, Path jar, Path archive) {
        List<String> argv = new ArrayList<>();
        argv.add(java.toAbsolutePath().toString());
        argv.addAll(JVM_OPTIONS);
        argv.addAll(KernelArchive.jvmOptions(archive));
        argv.add("-jar");
        argv.add(jar.toAbsolutePath().toString());
        argv.add("kernel");
        argv.add("{connection_file}");
        return argv;
    }

    /**
     * Writes {@code kernel.json} and the logos into {@code directory}, created if need be.
     *
     * @return the kernel.json written
     */
    public static Path write(Path directory, Path java, Path jar) throws IOException {
        ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode spec;
        try (InputStream template = resource("kernel.json")) {
            spec = (ObjectNode) json.readTree(template);
        }
        ArrayNode argv = spec.putArray("argv");
        argv(java, jar).forEach(argv::add);
        Files.createDirectories(directory);
        Path kernelJson = directory.resolve("kernel.json");
        json.writeValue(kernelJson.toFile(), spec);
        for (String logo : LOGOS) {
            try (InputStream in = resource(logo)) {
                Files.copy(in, directory.resolve(logo), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        return kernelJson;
    }

    /**
     * The per-user kernels folder Jupyter searches: {@code $JUPYTER_DATA_DIR/kernels}, else
     * {@code ~/.local/share/jupyter/kernels} ({@code $XDG_DATA_HOME} honoured) on Linux,
     * {@code ~/Library/Jupyter/kernels} on macOS, {@code %APPDATA%\jupyter\kernels} on Windows.
     */
    public static Path userKernelsFolder(Map<String, String> environment) {
        String dataDir = environment.get("JUPYTER_DATA_DIR");
        if (dataDir != null && !dataDir.isBlank()) {
            return Path.of(dataDir, "kernels");
        }
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        // Jupyter (Python) goes by $HOME, which Java's user.home ignores.
        String homeVariable = environment.get("HOME");
        Path home = homeVariable != null && !homeVariable.isBlank() ? Path.of(homeVariable) : Path.of(System.getProperty("user.home"));
        if (os.contains("mac")) {
            return home.resolve("Library/Jupyter/kernels");
        }
        if (os.contains("win") && environment.get("APPDATA") != null) {
            return Path.of(environment.get("APPDATA"), "jupyter", "kernels");
        }
        String xdg = environment.get("XDG_DATA_HOME");
        Path data = xdg != null && !xdg.isBlank() ? Path.of(xdg) : home.resolve(".local/share");
        return data.resolve("jupyter/kernels");
    }

    /** The kernels folder under an installation prefix, as {@code jupyter kernelspec install --prefix} uses. */
    public static Path prefixKernelsFolder(Path prefix) {
        return prefix.resolve("share/jupyter/kernels");
    }

    private static InputStream resource(String name) {
        InputStream in = KernelSpec.class.getClassLoader().getResourceAsStream(TEMPLATE + name);
        if (in == null) {
            throw new UncheckedIOException(new IOException("The kernelspec template " + name
                    + " is missing from the jar: rebuild it with mvn package"));
        }
        return in;
    }
}
