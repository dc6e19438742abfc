package dev.visionbook.api;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

/**
 * The build this code is: its version and when its classes were built. A shared server of another
 * build (an upgrade, or a rebuild of a development copy) is replaced by a fresh one.
 */
final class BuildVersion {

    private static final String CURRENT = compute();

    private BuildVersion() {
    }

    static String current() {
        return CURRENT;
    }

    private static String compute() {
        String version = BuildVersion.class.getPackage().getImplementationVersion();
        return (version == null ? "development" : version) + " built " + builtAt();
    }

    /** The jar's time, or this class file's when running from a classes folder. */
    private static String builtAt() {
        try {
            Path code = Path.of(BuildVersion.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            Path stamped = Files.isDirectory(code)
                    ? code.resolve(BuildVersion.class.getName().replace('.', '/') + ".class") : code;
            return Instant.ofEpochMilli(Files.getLastModifiedTime(stamped).toMillis()).toString();
        } catch (URISyntaxException | RuntimeException | java.io.IOException e) {
            return "at an unknown time";
        }
    }
}
