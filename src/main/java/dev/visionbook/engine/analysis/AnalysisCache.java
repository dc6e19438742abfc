package dev.visionbook.engine.analysis;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Video and audio analyses kept as JSON files named by the SHA-256 of the file's bytes
 * ({@code <folder>/<sha256>.json} for videos, {@code <sha256>.audio.json} for audio), so that a
 * file uploaded once is analysed once, even across restarts, and the same bytes uploaded twice
 * share one analysis. Written atomically (a temporary
 * file renamed into place). An unreadable or outdated file is treated as missing.
 *
 * <p>Thread-safe: writers never expose a half-written file; two writers of the same key write
 * the same content.
 */
public final class AnalysisCache {

    private static final Logger LOG = LoggerFactory.getLogger(AnalysisCache.class);
    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private final Path folder;

    public AnalysisCache(Path folder) {
        this.folder = folder;
    }

    public Optional<VideoAnalysis> get(String sha256) {
        return read(sha256 + ".json", VideoAnalysis.class).filter(a -> a.version() == VideoAnalysis.VERSION);
    }

    public void put(String sha256, VideoAnalysis analysis) {
        write(sha256, ".json", analysis);
    }

    public Optional<AudioAnalysis> audio(String sha256) {
        return read(sha256 + ".audio.json", AudioAnalysis.class).filter(a -> a.version() == AudioAnalysis.VERSION);
    }

    public void putAudio(String sha256, AudioAnalysis analysis) {
        write(sha256, ".audio.json", analysis);
    }

    private <T> Optional<T> read(String name, Class<T> type) {
        Path file = folder.resolve(name);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(JSON.readValue(file.toFile(), type));
        } catch (IOException e) {
            LOG.warn("Ignoring the unreadable cached analysis {}: {}", file, e.getMessage());
            return Optional.empty();
        }
    }

    private void write(String sha256, String suffix, Object analysis) {
        try {
            Files.createDirectories(folder);
            Path temporary = Files.createTempFile(folder, sha256, ".tmp");
            try {
                JSON.writeValue(temporary.toFile(), analysis);
                try {
                    Files.move(temporary, folder.resolve(sha256 + suffix), StandardCopyOption.ATOMIC_MOVE,
                            StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(temporary, folder.resolve(sha256 + suffix), StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(temporary);
            }
        } catch (IOException e) {
            // The analysis is still returned; it will be redone next time.
            LOG.warn("Could not cache the analysis of {}: {}", sha256, e.getMessage());
        }
    }

    /** The lowercase hex SHA-256 of a file's bytes, read in a stream. */
    public static String sha256(Path file) throws IOException {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JVM has SHA-256", e);
        }
    }
}
