package dev.visionbook.store;

import java.util.List;
import java.util.Optional;

/** One page of a project's files, newest first, and the token of the next page if any. */
public record FilePage(List<StoredFile> files, String nextPageToken) {

    public Optional<String> next() {
        return Optional.ofNullable(nextPageToken);
    }
}
