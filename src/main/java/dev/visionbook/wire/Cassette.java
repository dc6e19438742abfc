package dev.visionbook.wire;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A cassette file: one JSON object per line, one line per exchange, in the order they ended.
 * Written whole to a temporary file and renamed after every exchange, so the file on disk is
 * always complete; every key seen on the way is blanked before a line is written.
 *
 * <p>Threading: {@link #add} is synchronized.
 */
final class Cassette {

    static final ObjectMapper JSON = new ObjectMapper();

    private final Path file;
    private final String notebook;
    private final List<String> others;
    private final List<String> lines = new ArrayList<>();

    private Cassette(Path file, String notebook, List<String> others) {
        this.file = file;
        this.notebook = notebook;
        this.others = others;
    }

    /**
     * A cassette to record into: a recording for {@code notebook} replaces that notebook's lines and
     * keeps the others'; one for no notebook replaces the whole file.
     */
    static Cassette recordingTo(Path file, String notebook) throws IOException {
        List<String> others = new ArrayList<>();
        if (notebook != null && Files.isRegularFile(file)) {
            for (Exchange exchange : read(file)) {
                if (!Objects.equals(exchange.notebook(), notebook)) {
                    others.add(JSON.writeValueAsString(exchange));
                }
            }
        }
        Cassette cassette = new Cassette(file, notebook, others);
        cassette.write();
        return cassette;
    }

    String notebook() {
        return notebook;
    }

    int size() {
        return lines.size();
    }

    /** Adds one exchange and writes the file anew, with each of {@code secrets} replaced by {@code <key>}. */
    synchronized void add(Exchange exchange, Set<String> secrets) throws IOException {
        String line = JSON.writeValueAsString(exchange);
        for (String secret : secrets) {
            if (secret != null && secret.length() >= 4) {
                line = line.replace(secret, "<key>");
            }
        }
        lines.add(line);
        write();
    }

    private void write() throws IOException {
        Path folder = file.toAbsolutePath().getParent();
        Files.createDirectories(folder);
        Path temporary = Files.createTempFile(folder, file.getFileName().toString(), ".tmp");
        try {
            List<String> all = new ArrayList<>(others);
            all.addAll(lines);
            Files.write(temporary, all, StandardCharsets.UTF_8);
            try {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /** Every exchange of a cassette; a line that is not one is refused with its number. */
    static List<Exchange> read(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("No cassette at " + file.toAbsolutePath() + ": record one first with"
                    + " VISIONBOOK_RECORD=" + file + " (or visionbook run --record " + file + ").");
        }
        List<Exchange> exchanges = new ArrayList<>();
        int number = 0;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            number++;
            if (line.isBlank()) {
                continue;
            }
            try {
                exchanges.add(JSON.readValue(line, Exchange.class));
            } catch (JsonProcessingException e) {
                throw new IllegalArgumentException(file.getFileName() + ", line " + number + " is not a recorded exchange: "
                        + e.getOriginalMessage());
            }
        }
        return exchanges;
    }
}
