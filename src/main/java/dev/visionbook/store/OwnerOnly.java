package dev.visionbook.store;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Folders and files only their owner may read: 700 and 600 whatever the umask, because uploads
 * are private to the user who sent them. On file systems without POSIX permissions the platform's
 * defaults apply.
 */
final class OwnerOnly {

    static final Set<PosixFilePermission> FOLDER = PosixFilePermissions.fromString("rwx------");
    static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");

    private OwnerOnly() {
    }

    /** Creates {@code dir} and missing parents below {@code root} as 700; an existing {@code dir} is set to 700. */
    static Path folder(Path dir) throws IOException {
        Path absolute = dir.toAbsolutePath();
        if (!Files.isDirectory(absolute)) {
            Path parent = absolute.getParent();
            if (parent != null && !Files.isDirectory(parent)) {
                Files.createDirectories(parent);
            }
            try {
                Files.createDirectory(absolute, attribute(FOLDER));
            } catch (FileAlreadyExistsException raced) {
                // another thread made it first; the permissions are set below
            } catch (UnsupportedOperationException notPosix) {
                Files.createDirectories(absolute);
            }
        }
        restrict(absolute, FOLDER);
        return dir;
    }

    /** Creates an empty file readable by its owner only. */
    static Path newFile(Path file) throws IOException {
        try {
            return Files.createFile(file, attribute(FILE));
        } catch (UnsupportedOperationException notPosix) {
            return Files.createFile(file);
        }
    }

    /** Sets an existing file (for example one made before this rule, or by SQLite) to 600. */
    static void restrictFile(Path file) throws IOException {
        if (Files.exists(file)) {
            restrict(file, FILE);
        }
    }

    private static void restrict(Path path, Set<PosixFilePermission> permissions) throws IOException {
        try {
            if (!Files.getPosixFilePermissions(path).equals(permissions)) {
                Files.setPosixFilePermissions(path, permissions);
            }
        } catch (UnsupportedOperationException notPosix) {
            // no POSIX permissions here: nothing to set
        }
    }

    private static FileAttribute<Set<PosixFilePermission>> attribute(Set<PosixFilePermission> permissions) {
        return PosixFilePermissions.asFileAttribute(permissions);
    }
}
