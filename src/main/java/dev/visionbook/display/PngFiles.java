package dev.visionbook.display;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** Numbered PNG files in a folder, each appearing whole or not at all. */
final class PngFiles {

    private PngFiles() {
    }

    /**
     * Writes {@code png} as {@code <name>-<n>.png} with the next free {@code n}: first to a temporary
     * file in the same folder, then renamed into place, so a reader never sees half a file.
     */
    static Path writeNumbered(Path folder, String name, byte[] png) throws IOException {
        Files.createDirectories(folder);
        Path target = folder.resolve(name + "-" + nextNumber(folder, name) + ".png");
        Path temp = Files.createTempFile(folder, "." + name + "-", ".png.tmp");
        try {
            Files.write(temp, png);
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
        return target;
    }

    private static int nextNumber(Path folder, String name) throws IOException {
        Pattern numbered = Pattern.compile(Pattern.quote(name) + "-(\\d{1,9})\\.png");
        try (Stream<Path> files = Files.list(folder)) {
            return 1 + files.map(file -> numbered.matcher(file.getFileName().toString()))
                    .filter(Matcher::matches)
                    .mapToInt(match -> Integer.parseInt(match.group(1)))
                    .max()
                    .orElse(0);
        }
    }
}
