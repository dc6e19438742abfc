package dev.visionbook.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every folder of the data folder is 700 and every file 600, whatever the umask: checked in a
 * child JVM started with umask 000, the most permissive there is.
 */
class OwnerOnlyTest {

    @TempDir
    Path dir;

    /** Run by the child JVM: a store with a finished upload, an unfinished one and a private folder. */
    public static void main(String[] args) throws Exception {
        Path root = Path.of(args[0]);
        try (FileStore store = FileStore.open(root, StoreLimits.service(), Clock.systemUTC(), ContentInspector.ACCEPT_ALL)) {
            String done = store.startUpload("p", new NewUpload(null, null, "text/plain", 5));
            store.writeChunk("p", done, 0, new ByteArrayInputStream("hello".getBytes()), true);
            String open = store.startUpload("p", new NewUpload(null, null, "text/plain", -1));
            store.writeChunk("p", open, 0, new ByteArrayInputStream("half".getBytes()), false);
            store.privateFolder("scratch");
            // -wal and -shm exist while the store is open: look now, before closing.
            System.out.println(String.join("\n", modes(root)));
        }
    }

    static List<String> modes(Path root) throws Exception {
        List<String> modes = new ArrayList<>();
        try (Stream<Path> all = Files.walk(root)) {
            for (Path path : (Iterable<Path>) all::iterator) {
                modes.add(PosixFilePermissions.toString(Files.getPosixFilePermissions(path)) + " "
                        + (Files.isDirectory(path) ? "d " : "f ") + root.relativize(path));
            }
        }
        return modes;
    }

    @Test
    void theDataFolderAndEveryFileInItAreOwnerOnlyEvenWithUmaskZero() throws Exception {
        Path data = dir.resolve("data");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder("sh", "-c", "umask 000 && exec \"$0\" -cp \"$1\" " + OwnerOnlyTest.class.getName()
                + " \"$2\"", java, System.getProperty("java.class.path"), data.toString())
                .redirectErrorStream(true).start();
        String output = new String(child.getInputStream().readAllBytes());
        assertTrue(child.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, child.exitValue(), output);

        List<String> lines = output.lines().filter(line -> line.matches("[rwx-]{9} [df] .*")).toList();
        for (String expected : new String[] {"d ", "d uploads", "d blobs", "d scratch", "f files.db", "f files.db-wal",
                "f files.db-shm"}) {
            assertTrue(lines.stream().anyMatch(line -> line.endsWith(expected)), expected + " in " + lines);
        }
        assertTrue(lines.stream().anyMatch(line -> line.matches(".* f uploads/.*\\.part")), "a part file: " + lines);
        assertTrue(lines.stream().anyMatch(line -> line.matches(".* f blobs/.+/.+")), "a blob: " + lines);
        for (String line : lines) {
            String expected = line.contains(" d ") ? "rwx------" : "rw-------";
            assertTrue(line.startsWith(expected), line);
        }
    }

    @Test
    void aDataFolderMadeBeforeFilesWerePrivateIsRestrictedWhenOpened() throws Exception {
        Path data = Files.createDirectories(dir.resolve("old"));
        Files.createDirectories(data.resolve("blobs").resolve("abc"));
        Files.write(data.resolve("blobs").resolve("abc").resolve("file1"), new byte[3]);
        Files.setPosixFilePermissions(data, PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.setPosixFilePermissions(data.resolve("blobs").resolve("abc").resolve("file1"),
                PosixFilePermissions.fromString("rw-r--r--"));
        FileStore.open(data, StoreLimits.service(), Clock.systemUTC(), ContentInspector.ACCEPT_ALL).close();
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(data)));
        assertEquals("rwx------", PosixFilePermissions.toString(
                Files.getPosixFilePermissions(data.resolve("blobs").resolve("abc"))));
    }
}
