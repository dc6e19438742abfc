package dev.visionbook.api;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * One process at a time finds, starts or stops the shared server of a visionbook home: an
 * operating-system lock on a file, so two kernels starting at once get one server. Threading: a
 * lock per file within this JVM as well, since the operating system's lock belongs to the whole
 * process and refuses a second taker inside it.
 */
final class ServerLock {

    /** Work done while holding the lock. */
    interface Work<T> {
        T run() throws IOException;
    }

    private static final Map<Path, ReentrantLock> IN_THIS_JVM = new ConcurrentHashMap<>();

    private ServerLock() {
    }

    static <T> T holding(Path lockFile, Work<T> work) throws IOException {
        ReentrantLock local = IN_THIS_JVM.computeIfAbsent(lockFile.toAbsolutePath().normalize(), path -> new ReentrantLock());
        local.lock();
        try {
            if (local.getHoldCount() > 1) {
                return work.run();
            }
            Files.createDirectories(lockFile.getParent());
            try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                 FileLock ignored = channel.lock()) {
                return work.run();
            }
        } finally {
            local.unlock();
        }
    }
}
