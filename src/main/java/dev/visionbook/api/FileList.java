package dev.visionbook.api;

import dev.visionbook.display.Displayable;
import dev.visionbook.display.MimeBundle;
import dev.visionbook.display.TableDisplay;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;

/** The files of a project, newest first; shows as a table. */
public final class FileList implements Iterable<UploadedFile>, Displayable {

    private final List<UploadedFile> files;

    FileList(List<UploadedFile> files) {
        this.files = List.copyOf(files);
    }

    public int size() {
        return files.size();
    }

    public boolean isEmpty() {
        return files.isEmpty();
    }

    public UploadedFile get(int index) {
        return files.get(index);
    }

    public Stream<UploadedFile> stream() {
        return files.stream();
    }

    public List<UploadedFile> asList() {
        return files;
    }

    @Override
    public Iterator<UploadedFile> iterator() {
        return files.iterator();
    }

    /** A table with name, display name, type, size, state and expiry. */
    public TableDisplay table() {
        List<List<Object>> rows = new ArrayList<>();
        for (UploadedFile file : files) {
            rows.add(List.of(file.name(), file.displayName(), file.mimeType(), ServiceRules.size(file.sizeBytes()),
                    file.state(), file.expirationTime().map(Object::toString).orElse("")));
        }
        return TableDisplay.of(List.of("name", "display name", "type", "size", "state", "expires"), rows);
    }

    @Override
    public MimeBundle mimeBundle() {
        if (files.isEmpty()) {
            return MimeBundle.text("No files.");
        }
        return table().mimeBundle();
    }

    @Override
    public String toString() {
        return files.isEmpty() ? "No files." : table().mimeBundle().get("text/plain").orElse("");
    }
}
