package dev.visionbook.store;

import java.util.Optional;

/**
 * The outcome of one upload chunk.
 *
 * @param received bytes received so far for the whole upload
 * @param file the recorded file when this chunk finished the upload, else null
 */
public record ChunkResult(long received, StoredFile file) {

    public Optional<StoredFile> finished() {
        return Optional.ofNullable(file);
    }
}
