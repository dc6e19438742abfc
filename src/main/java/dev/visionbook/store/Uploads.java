package dev.visionbook.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Resumable uploads: bytes stream into a part file at the offset the session expects, and the
 * last chunk publishes the file. Threading: any number of uploads run at once; chunks of the same
 * upload are serialised by a per-upload lock.
 */
final class Uploads {

    private static final int BUFFER_BYTES = 256 * 1024;

    /** The running SHA-256 of an upload, valid for its first {@code bytes} bytes. */
    private static final class Progress {
        final MessageDigest digest = sha256();
        long bytes;
    }

    private final Database database;
    private final BlobDirectory directory;
    private final StoreLimits limits;
    private final Clock clock;
    private final ContentInspector inspector;
    private final Map<String, Progress> inFlight = new ConcurrentHashMap<>();
    /** Background work for uploads: hashing and early flushes (daemon threads, made as needed). */
    private final ExecutorService workers = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "visionbook-upload-worker");
        thread.setDaemon(true);
        return thread;
    });
    private final PartFlusher flusher = new PartFlusher(workers);

    Uploads(Database database, BlobDirectory directory, StoreLimits limits, Clock clock, ContentInspector inspector) {
        this.database = database;
        this.directory = directory;
        this.limits = limits;
        this.clock = clock;
        this.inspector = inspector;
    }

    /** Stops the background threads; chunks still being written hash and force on their own thread. */
    void close() {
        workers.shutdown();
    }

    String start(String project, NewUpload upload) throws StoreException, SQLException, IOException {
        String requestedId = upload.requestedId() == null ? null : FileIds.validate(upload.requestedId());
        if (requestedId != null && database.idTaken(project, requestedId)) {
            throw Database.alreadyExists(requestedId);
        }
        if (upload.declaredSize() > limits.maxFileBytes()) {
            throw Quotas.fileTooLarge(limits.maxFileBytes());
        }
        long used = database.usedBytes(project);
        if (upload.declaredSize() > 0 && used + upload.declaredSize() > limits.maxProjectBytes()) {
            throw Quotas.projectFull(used, upload.declaredSize(), limits.maxProjectBytes());
        }
        String uploadId = FileIds.random(32);
        Files.createFile(directory.partFile(uploadId));
        database.insertSession(new Database.Session(uploadId, project, requestedId, upload.displayName(),
                upload.mimeType(), upload.declaredSize(), 0, clock.instant()));
        return uploadId;
    }

    long received(String project, String uploadId) throws StoreException, SQLException {
        return session(project, uploadId).received();
    }

    ChunkResult write(String project, String uploadId, long offset, InputStream bytes, boolean finish)
            throws StoreException, SQLException, IOException {
        Progress progress = inFlight.computeIfAbsent(uploadId, id -> new Progress());
        synchronized (progress) {
            Database.Session session = session(project, uploadId);
            if (offset != session.received()) {
                throw new StoreException(StoreException.Problem.WRONG_OFFSET, "The upload offset " + offset
                        + " does not match the " + session.received() + " bytes received so far."
                        + " Ask with X-Goog-Upload-Command: query and resume from the size it reports.");
            }
            Path part = directory.partFile(uploadId);
            long received = append(session, part, progress, bytes);
            if (!finish) {
                return new ChunkResult(received, null);
            }
            StoredFile file = publish(session, part, progress, received);
            inFlight.remove(uploadId);
            return new ChunkResult(received, file);
        }
    }

    void cancel(String project, String uploadId) throws StoreException, SQLException, IOException {
        Progress progress = inFlight.computeIfAbsent(uploadId, id -> new Progress());
        synchronized (progress) {
            session(project, uploadId);
            discard(uploadId);
        }
    }

    /** Drops a session and its bytes: used when an upload is cancelled, too large or abandoned. */
    void discard(String uploadId) throws SQLException, IOException {
        database.deleteSession(uploadId);
        Files.deleteIfExists(directory.partFile(uploadId));
        inFlight.remove(uploadId);
    }

    private long append(Database.Session session, Path part, Progress progress, InputStream bytes)
            throws StoreException, SQLException, IOException {
        long received = session.received();
        try (FileChannel channel = FileChannel.open(part, StandardOpenOption.WRITE)) {
            // Bytes past the recorded size come from a chunk that never finished: drop them.
            channel.truncate(received);
            channel.position(received);
            catchUpDigest(part, progress, received);
            PartFlusher.Chunk chunk = flusher.begin(channel);
            DigestPipeline hashing = new DigestPipeline(progress.digest, BUFFER_BYTES, workers);
            BodyReader body = new BodyReader(bytes);
            try {
                while (true) {
                    byte[] buffer = hashing.buffer();
                    int read = body.fill(buffer);
                    if (read == -1) {
                        hashing.recycle(buffer);
                        break;
                    }
                    if (received + read > limits.maxFileBytes()) {
                        chunk.awaitBackground();
                        channel.close();
                        discard(session.uploadId());
                        throw Quotas.fileTooLarge(limits.maxFileBytes());
                    }
                    channel.write(ByteBuffer.wrap(buffer, 0, read));
                    hashing.hash(buffer, read);
                    received += read;
                    chunk.wrote(read);
                }
            } finally {
                finishHashing(hashing, progress, received);
                // Keep what arrived, even from a dropped connection, so the client can resume. The
                // record (and so the acknowledgement and any later query) only ever counts bytes
                // that are already on disk: force first, then record.
                if (channel.isOpen()) {
                    chunk.makeDurable();
                    database.updateReceived(session.uploadId(), received, clock.instant());
                }
            }
        }
        return received;
    }

    private StoredFile publish(Database.Session session, Path part, Progress progress, long size)
            throws StoreException, SQLException, IOException {
        String sha256 = HexFormat.of().formatHex(progress.digest.digest());
        ContentInspector.Verdict verdict = inspector.inspect(part, session.mimeType());
        String id = session.requestedId() != null ? session.requestedId() : freshId(session.project());
        Instant now = clock.instant();
        StoredFile file = new StoredFile(session.project(), id, session.displayName(), session.mimeType(), size,
                sha256, now, now, now.plus(limits.fileLifetime()), verdict.state(), verdict.errorMessage(), null);
        Path blob = directory.publish(part, session.project(), id);
        try {
            database.commitUpload(file, session.uploadId(), limits.maxProjectBytes());
        } catch (StoreException | SQLException | RuntimeException e) {
            Files.deleteIfExists(blob);
            database.deleteSession(session.uploadId());
            throw e;
        }
        return file;
    }

    private String freshId(String project) throws SQLException {
        String id;
        do {
            id = FileIds.generate();
        } while (database.idTaken(project, id));
        return id;
    }

    private Database.Session session(String project, String uploadId) throws StoreException, SQLException {
        return database.session(uploadId)
                .filter(session -> session.project().equals(project))
                .orElseThrow(() -> new StoreException(StoreException.Problem.UPLOAD_NOT_FOUND,
                        "No upload in progress has the id " + uploadId
                                + ". It finished, was cancelled or expired: start the upload again."));
    }

    /** Waits for the digest to take in every byte written; if it cannot, marks it stale so the next chunk rebuilds it from disk. */
    private static void finishHashing(DigestPipeline hashing, Progress progress, long received) throws IOException {
        try {
            hashing.finish();
            progress.bytes = received;
        } catch (IOException | RuntimeException e) {
            progress.bytes = -1;
            throw e;
        }
    }

    /** After a restart the in-memory digest is gone: rebuild it from the bytes on disk. */
    private static void catchUpDigest(Path part, Progress progress, long received) throws IOException {
        if (progress.bytes == received) {
            return;
        }
        progress.digest.reset();
        progress.bytes = 0;
        try (InputStream in = Files.newInputStream(part)) {
            byte[] buffer = new byte[BUFFER_BYTES];
            long remaining = received;
            int read;
            while (remaining > 0 && (read = in.read(buffer, 0, (int) Math.min(buffer.length, remaining))) != -1) {
                progress.digest.update(buffer, 0, read);
                remaining -= read;
            }
        }
        progress.bytes = received;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
