package dev.visionbook.server;

import java.nio.file.Path;

/** The sample media checked into notebooks/media, with their provenance in its README. */
final class Media {

    static final Path ROOT = Path.of("notebooks", "media");

    private Media() {
    }

    static Path of(String relative) {
        return ROOT.resolve(relative);
    }
}
