package dev.visionbook.kernel;

import java.io.File;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What a kernel needs from its surroundings.
 *
 * @param classPath JShell's class path: the kernel's own, so cells share its classes
 * @param mavenLocalRepository where {@code %maven} keeps what it downloads
 * @param mavenRepositories where {@code %maven} looks, Maven Central first by default
 * @param startServerAhead start the shared local server (and load its models) once JShell is warm,
 *     when the environment chooses it, so the first prompt does not wait for it
 * @param compactWhenIdle give the heap that cells grew back to the system once the kernel has been
 *     idle a while (a kernel with its process to itself; not one inside a test's JVM)
 */
record KernelSettings(String classPath, Path mavenLocalRepository, List<String> mavenRepositories,
                      boolean startServerAhead, boolean compactWhenIdle) {

    /** Settings that leave the shared server to the first use of {@code genai}, and the heap alone. */
    KernelSettings(String classPath, Path mavenLocalRepository, List<String> mavenRepositories) {
        this(classPath, mavenLocalRepository, mavenRepositories, false, false);
    }

    static final String MAVEN_CENTRAL = "https://repo.maven.apache.org/maven2/";

    /**
     * From the environment: {@code VISIONBOOK_MAVEN_LOCAL} (default {@code ~/.m2/repository}, shared
     * with Maven), {@code VISIONBOOK_MAVEN_REPOSITORIES} (comma-separated URLs; default Maven Central)
     * and {@code VISIONBOOK_START_SERVER_AHEAD} ({@code 0} leaves the shared server to the first use).
     */
    static KernelSettings fromEnvironment(Map<String, String> environment) {
        String local = environment.get("VISIONBOOK_MAVEN_LOCAL");
        Path localRepository = local != null && !local.isBlank() ? Path.of(local.strip())
                : Path.of(System.getProperty("user.home"), ".m2", "repository");
        String remote = environment.get("VISIONBOOK_MAVEN_REPOSITORIES");
        List<String> repositories = remote != null && !remote.isBlank()
                ? Arrays.stream(remote.split(",")).map(String::strip).filter(url -> !url.isEmpty()).toList()
                : List.of(MAVEN_CENTRAL);
        boolean ahead = !"0".equals(environment.getOrDefault("VISIONBOOK_START_SERVER_AHEAD", "1").strip());
        return new KernelSettings(absolute(System.getProperty("java.class.path", "")), localRepository, repositories, ahead, true);
    }

    /** {@code java -jar target/visionbook.jar} gives a relative class path; JShell gets it absolute. */
    private static String absolute(String classPath) {
        return Arrays.stream(classPath.split(File.pathSeparator)).filter(entry -> !entry.isBlank())
                .map(entry -> Path.of(entry).toAbsolutePath().toString()).collect(Collectors.joining(File.pathSeparator));
    }
}
