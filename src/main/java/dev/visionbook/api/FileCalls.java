package dev.visionbook.api;

import com.google.genai.Client;
import com.google.genai.types.File;
import com.google.genai.types.UploadFileConfig;
import dev.visionbook.display.Progress;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

/** The File API calls behind {@link GenAI}: upload with progress, get, delete, wait with backoff. */
final class FileCalls {

    /** Files below this upload in a blink; a progress bar would only flicker. */
    private static final long PROGRESS_THRESHOLD_BYTES = 8L * 1024 * 1024;

    private final Client client;

    FileCalls(Client client) {
        this.client = client;
    }

    UploadedFile upload(Path path, String displayName) {
        String mimeType = LocalFiles.checkedMimeType(path);
        long size = LocalFiles.size(path);
        UploadFileConfig.Builder config = UploadFileConfig.builder().mimeType(mimeType);
        if (displayName != null && !displayName.isBlank()) {
            if (displayName.length() > 512) {
                throw new VisionbookException("The display name is " + displayName.length()
                        + " characters long; the File API takes at most 512.");
            }
            config.displayName(displayName);
        }
        Progress progress = size >= PROGRESS_THRESHOLD_BYTES
                ? Progress.start("Uploading " + path.getFileName(), size) : null;
        try (InputStream in = Files.newInputStream(path)) {
            InputStream counted = progress == null ? in : new ProgressInputStream(in, progress);
            File file = Errors.call("upload " + path.getFileName(), () -> client.files.upload(counted, size, config.build()));
            UploadedFile uploaded = new UploadedFile(file);
            if (progress != null) {
                progress.finish("Uploaded " + path.getFileName() + " as " + uploaded.name());
            }
            return uploaded;
        } catch (IOException e) {
            throw new VisionbookException(path + " could not be read: " + e.getMessage(), e);
        } finally {
            if (progress != null && progress.fraction() < 1) {
                progress.finish("Upload of " + path.getFileName() + " stopped");
            }
        }
    }

    UploadedFile upload(byte[] bytes, String mimeType, String displayName) {
        if (!ServiceRules.isSupported(mimeType)) {
            throw new VisionbookException("Unsupported MIME type " + mimeType + ": give an image, video or audio"
                    + " type the Gemini API accepts, such as image/png or video/mp4.");
        }
        UploadFileConfig.Builder config = UploadFileConfig.builder().mimeType(mimeType);
        if (displayName != null && !displayName.isBlank()) {
            config.displayName(displayName);
        }
        return new UploadedFile(Errors.call("upload " + ServiceRules.size(bytes.length) + " of " + mimeType,
                () -> client.files.upload(bytes, config.build())));
    }

    UploadedFile get(String name) {
        String id = bareName(name);
        return new UploadedFile(Errors.call("get " + id, () -> client.files.get(id, null)));
    }

    void delete(String name) {
        String id = bareName(name);
        Errors.call("delete " + id, () -> client.files.delete(id, null));
    }

    /** Polls with backoff (0.5 s, growing to 5 s) until ACTIVE; throws with the reason when FAILED. */
    UploadedFile waitUntilActive(UploadedFile file, Duration timeout) {
        UploadedFile current = file;
        if (!current.isProcessing()) {
            return checkedActive(current);
        }
        Instant start = Instant.now();
        Instant deadline = start.plus(timeout);
        Progress progress = Progress.start("Waiting for " + current.label(), -1);
        long delayMillis = 500;
        try {
            while (current.isProcessing()) {
                if (Instant.now().isAfter(deadline)) {
                    throw new VisionbookException(current.label() + " is still PROCESSING after "
                            + timeout.toSeconds() + " s. Wait longer: genai.waitUntilActive(file, Duration.ofMinutes(30)).");
                }
                progress.message(current.state());
                sleep(delayMillis);
                delayMillis = Math.min(5_000, delayMillis * 3 / 2);
                current = get(current.name());
            }
            // The label names the file already: the last line says how it ended, and when.
            progress.finish(current.state() + " after " + Duration.between(start, Instant.now()).toSeconds() + " s");
        } finally {
            if (progress.fraction() < 1) {
                progress.finish("stopped waiting, still " + current.state());
            }
        }
        return checkedActive(current);
    }

    private static UploadedFile checkedActive(UploadedFile file) {
        if (file.isFailed()) {
            String reason = file.error().orElse("no reason given").strip();
            throw new VisionbookException(file.label() + " FAILED: " + reason + (reason.endsWith(".") ? "" : ".")
                    + " Upload a file that decodes.");
        }
        return file;
    }

    /** {@code files/abc}, {@code abc} or a file's full URI, as the SDK's own parsing accepts. */
    static String bareName(String name) {
        if (name == null || name.isBlank()) {
            throw new VisionbookException("Give a file name such as files/abc123def456.");
        }
        String trimmed = name.strip();
        int at = trimmed.lastIndexOf("files/");
        String id = at >= 0 ? trimmed.substring(at + "files/".length()) : trimmed;
        int query = id.indexOf('?');
        return query >= 0 ? id.substring(0, query) : id;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new VisionbookException("Interrupted while waiting for the file to become ACTIVE.", e);
        }
    }
}
