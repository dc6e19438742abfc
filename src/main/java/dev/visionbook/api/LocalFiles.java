package dev.visionbook.api;

import dev.visionbook.media.MediaTypes;
import dev.visionbook.media.MimeSniffer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Checks a local file before anything is sent, and finds its MIME type from its bytes (not from
 * the operating system, whose guess differs between machines).
 */
final class LocalFiles {

    private LocalFiles() {
    }

    /** A readable, supported media file no larger than the service takes; its MIME type. */
    static String checkedMimeType(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        if (!Files.exists(absolute)) {
            throw new VisionbookException("There is no file at " + absolute + ". Check the path (relative paths"
                    + " start from " + Path.of("").toAbsolutePath() + ").");
        }
        if (Files.isDirectory(absolute)) {
            throw new VisionbookException(absolute + " is a folder. Give the path of an image, video or audio file"
                    + " inside it.");
        }
        if (!Files.isReadable(absolute)) {
            throw new VisionbookException(absolute + " cannot be read: check its permissions.");
        }
        long size = size(absolute);
        if (size > ServiceRules.MAX_FILE_BYTES) {
            throw new VisionbookException(absolute.getFileName() + " is " + ServiceRules.size(size) + "; the File API"
                    + " takes at most 2 GB per file. Cut or compress it first.");
        }
        if (size == 0) {
            throw new VisionbookException(absolute.getFileName() + " is empty.");
        }
        return sniff(absolute).orElseThrow(() -> unsupported(absolute));
    }

    static long size(Path path) {
        try {
            return Files.size(path);
        } catch (IOException e) {
            throw new VisionbookException(path + " cannot be read: " + e.getMessage(), e);
        }
    }

    private static Optional<String> sniff(Path path) {
        try {
            return MimeSniffer.sniff(path).map(MediaTypes::canonical).filter(MediaTypes::isSupported);
        } catch (IOException e) {
            throw new VisionbookException(path + " cannot be read: " + e.getMessage(), e);
        }
    }

    private static VisionbookException unsupported(Path path) {
        String guess = MediaTypes.guessFromFileName(path.getFileName().toString())
                .map(type -> " Its name says " + type + ", but its bytes are not that.")
                .orElse("");
        return new VisionbookException(path.getFileName() + " is not an image, video or audio file the Gemini API"
                + " accepts." + guess + " Supported: images PNG, JPEG, WEBP, HEIC, HEIF; video MP4, MPEG, MOV,"
                + " AVI, FLV, MPG, WEBM, WMV, 3GPP; audio WAV, MP3, AIFF, AAC, OGG, FLAC.");
    }
}
