package dev.visionbook.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The on-disk layout: {@code uploads/<uploadId>.part} for bytes still arriving and
 * {@code blobs/<project>/<id>} for recorded files, every folder 700 and every file 600. Knows how
 * to make a move durable, and how to undo one that was never recorded.
 */
final class BlobDirectory {

    private final Path uploads;
    private final Path blobs;

    BlobDirectory(Path root) throws IOException {
        this.uploads = OwnerOnly.folder(root.resolve("uploads"));
        this.blobs = OwnerOnly.folder(root.resolve("blobs"));
    }

    Path partFile(String uploadId) {
        return uploads.resolve(uploadId + ".part");
    }

    /** Creates the empty part file of a new upload. */
    Path newPart(String uploadId) throws IOException {
        return OwnerOnly.newFile(partFile(uploadId));
    }

    Path blob(String project, String id) {
        return blobs.resolve(projectFolder(project)).resolve(id);
    }

    /** Moves a finished part file to its blob path atomically and makes the rename durable. */
    Path publish(Path part, String project, String id) throws IOException {
        Path target = blob(project, id);
        OwnerOnly.folder(target.getParent());
        move(part, target);
        return target;
    }

    /** Moves a blob whose record was never committed back to its part file (recovery after a crash). */
    void unpublish(Path blob, String uploadId) throws IOException {
        move(blob, partFile(uploadId));
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            throw new IOException("The data folder does not support atomic renames", e);
        }
        fsyncDirectory(to.getParent());
    }

    static void fsync(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            channel.force(true);
        }
    }

    private static void fsyncDirectory(Path dir) {
        // Linux allows fsync on a directory opened read-only; other systems may refuse, and
        // there the rename is as durable as the platform makes it.
        try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException ignored) {
            // best effort, see above
        }
    }

    /** Deletes part files and blobs that no row refers to (left by a crash). */
    int removeOrphans(Set<String> liveUploadIds, Set<Path> liveBlobs) throws IOException {
        int removed = 0;
        try (Stream<Path> parts = Files.list(uploads)) {
            for (Path part : (Iterable<Path>) parts::iterator) {
                String uploadId = part.getFileName().toString().replace(".part", "");
                if (!liveUploadIds.contains(uploadId) && Files.deleteIfExists(part)) {
                    removed++;
                }
            }
        }
        try (Stream<Path> all = Files.walk(blobs)) {
            for (Path blob : (Iterable<Path>) all.filter(Files::isRegularFile)::iterator) {
                if (!liveBlobs.contains(blob) && Files.deleteIfExists(blob)) {
                    removed++;
                }
            }
        }
        return removed;
    }

    /** Sets every folder and file made before files were private to 700 and 600. */
    void restrictExisting() throws IOException {
        for (Path top : new Path[] {uploads, blobs}) {
            try (Stream<Path> all = Files.walk(top)) {
                for (Path path : (Iterable<Path>) all::iterator) {
                    if (Files.isDirectory(path)) {
                        OwnerOnly.folder(path);
                    } else {
                        OwnerOnly.restrictFile(path);
                    }
                }
            }
        }
    }

    static String projectFolder(String project) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(project.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
