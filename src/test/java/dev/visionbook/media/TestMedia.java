package dev.visionbook.media;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/** The sample media shipped with the project, and ways to damage it. */
final class TestMedia {

    /** Maven runs tests with the project base directory as the working directory. */
    static final Path ROOT = Path.of("notebooks", "media");

    private TestMedia() {
    }

    static Path file(String relative) {
        return ROOT.resolve(relative);
    }

    static byte[] bytes(String relative) {
        try {
            return Files.readAllBytes(file(relative));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A copy of {@code relative} cut to {@code fraction} of its length, as an interrupted upload leaves it. */
    static Path truncatedCopy(String relative, double fraction, Path directory) throws IOException {
        byte[] whole = bytes(relative);
        return write(directory, "truncated-" + file(relative).getFileName(),
                Arrays.copyOf(whole, (int) (whole.length * fraction)));
    }

    static Path write(Path directory, String name, byte[] content) throws IOException {
        Path target = directory.resolve(name);
        Files.write(target, content);
        return target;
    }

    static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }

    /** Bytes written as hex pairs; spaces are ignored. */
    static byte[] hex(String pairs) {
        String clean = pairs.replace(" ", "");
        byte[] out = new byte[clean.length() / 2];
        for (int i = 0; i < out.length; i++) {
            out[i] = (byte) Integer.parseInt(clean.substring(2 * i, 2 * i + 2), 16);
        }
        return out;
    }

    static byte[] concat(byte[]... parts) {
        int length = Arrays.stream(parts).mapToInt(part -> part.length).sum();
        byte[] out = new byte[length];
        int at = 0;
        for (byte[] part : parts) {
            System.arraycopy(part, 0, out, at, part.length);
            at += part.length;
        }
        return out;
    }

    /** An ISO BMFF ftyp box with the given major brand and compatible brands (each 4 characters). */
    static byte[] ftyp(String major, String... compatible) {
        int size = 16 + 4 * compatible.length;
        byte[] minorVersion = new byte[4];
        return concat(hex(String.format("%08x", size)), ascii("ftyp" + major), minorVersion,
                ascii(String.join("", compatible)));
    }
}
