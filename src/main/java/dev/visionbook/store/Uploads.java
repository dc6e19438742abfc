package dev.visionbook.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Resumable uploads: bytes stream into a part file at the offset the session expects, and the
 * last chunk publishes the file: the blob's id is recorded on the session, the part file is
 * renamed to the blob, then the file's row is committed. {@link #recover()} finishes what a crash
 * interrupted. Threading: any number of uploads run at once; chunks of the same upload are
 * serialised by a per-upload lock, held in memory only for sessions that exist. The lock is the
 * upload's {@link PartHasher}, which hashes each chunk's bytes once they are durable, while the
 * client sends the next one.
 */
final class Uploads {

    private static final int BUFFER_BYTES = 256 * 1024;

    private final Database database;
    private final BlobDirectory directory;
    private final StoreLimits limits;
    private final Clock clock;
    private final ContentInspector inspector;
    private final PublishHook hook;
    private final Map<String, PartHasher> inFlight = new ConcurrentHashMap<>();
    /** Background work for uploads: hashing and early flushes (daemon threads, made as needed). */
    private final ExecutorService workers = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "visionbook-upload-worker");
        thread.setDaemon(true);
        return thread;
    });
    private final PartFlusher flusher = new PartFlusher(workers);

    Uploads(Database database, BlobDirectory directory, StoreLimits limits, Clock clock, ContentInspector inspector,
            PublishHook hook) {
        this.database = database;
        this.directory = directory;
        this.limits = limits;
        this.clock = clock;
        this.inspector = inspector;
        this.hook = hook;
    }

    /**
     * After a crash: a session whose blob was renamed but never committed gets its part file back
     * (received stays the full size, so a query and a finalize publish it); a session whose part
     * file is gone without a trace is dropped, so the client starts again rather than loops.
     * Returns how many sessions it repaired or dropped.
     */
    int recover() throws SQLException, IOException {
        int repaired = 0;
        for (Database.Session session : database.publishingSessions()) {
            Path part = directory.partFile(session.uploadId());
            Path blob = directory.blob(session.project(), session.publishingId());
            if (!Files.exists(part) && Files.exists(blob) && !database.idTaken(session.project(), session.publishingId())) {
                directory.unpublish(blob, session.uploadId());
            }
            database.clearPublishing(session.uploadId());
            repaired++;
        }
        for (String uploadId : database.unfinishedSessionIds()) {
            if (!Files.exists(directory.partFile(uploadId))) {
                discard(uploadId);
                repaired++;
            }
        }
        return repaired;
    }

    /** How many per-upload locks are held in memory: at most one per live session. */
    int locksHeld() {
        return inFlight.size();
    }

    /** Forgets the locks of sessions that no longer exist. */
    void forgetFinished(java.util.Collection<String> liveUploadIds) {
        inFlight.keySet().retainAll(new java.util.HashSet<>(liveUploadIds));
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
        if (database.openSessions(project) >= limits.maxOpenUploads()) {
            throw Quotas.tooManyUploads(limits.maxOpenUploads());
        }
        long used = database.usedBytes(project, null);
        if (upload.declaredSize() > 0 && used + upload.declaredSize() > limits.maxProjectBytes()) {
            throw Quotas.projectFull(used, upload.declaredSize(), limits.maxProjectBytes());
        }
        String uploadId = FileIds.random(32);
        directory.newPart(uploadId);
        database.insertSession(new Database.Session(uploadId, project, requestedId, upload.displayName(),
                upload.mimeType(), upload.declaredSize(), 0, clock.instant(), null, null));
        return uploadId;
    }

    long received(String project, String uploadId) throws StoreException, SQLException {
        return session(project, uploadId).received();
    }

    ChunkResult write(String project, String uploadId, long offset, InputStream bytes, boolean finish)
            throws StoreException, SQLException, IOException {
        PartHasher hasher = lock(project, uploadId);
        synchronized (hasher) {
            Database.Session session = session(project, uploadId);
            if (session.finished()) {
                inFlight.remove(uploadId);
                return new ChunkResult(session.received(), finishedAgain(session, offset, bytes, finish));
            }
            if (offset != session.received()) {
                throw new StoreException(StoreException.Problem.WRONG_OFFSET, "The upload offset " + offset
                        + " does not match the " + session.received() + " bytes received so far."
                        + " Ask with X-Goog-Upload-Command: query and resume from the size it reports.");
            }
            Path part = directory.partFile(uploadId);
            if (!Files.exists(part)) {
                // Its bytes are gone (removed by hand, or a disk fault): resuming cannot work, so say so.
                discard(uploadId);
                throw new StoreException(StoreException.Problem.UPLOAD_NOT_FOUND, "The bytes of upload " + uploadId
                        + " are no longer on the server. Start the upload again.");
            }
            long received = append(session, part, hasher, bytes);
            if (!finish) {
                return new ChunkResult(received, null);
            }
            StoredFile file = publish(session, part, hasher, received);
            inFlight.remove(uploadId);
            return new ChunkResult(received, file);
        }
    }

    void cancel(String project, String uploadId) throws StoreException, SQLException, IOException {
        PartHasher hasher = lock(project, uploadId);
        synchronized (hasher) {
            Database.Session session = session(project, uploadId);
            if (session.finished()) {
                inFlight.remove(uploadId);
                throw alreadyFinished(session);
            }
            discard(uploadId);
        }
    }

    /** The file a finished upload published, for a client asking again whether it finished. */
    java.util.Optional<StoredFile> finishedFile(String project, String uploadId) throws StoreException, SQLException {
        Database.Session session = session(project, uploadId);
        return session.finished() ? database.file(project, session.finishedId(), clock.instant()) : java.util.Optional.empty();
    }

    /**
     * A final chunk sent again after its answer was lost: nothing more at the end offset answers
     * with the published file, as the first time; anything else is refused.
     */
    private StoredFile finishedAgain(Database.Session session, long offset, InputStream bytes, boolean finish)
            throws StoreException, SQLException, IOException {
        if (!finish || offset != session.received() || bytes.read() != -1) {
            throw alreadyFinished(session);
        }
        return database.file(session.project(), session.finishedId(), clock.instant())
                .orElseThrow(() -> new StoreException(StoreException.Problem.UPLOAD_NOT_FOUND, "Upload "
                        + session.uploadId() + " published files/" + session.finishedId()
                        + ", which has since been deleted or has expired. Start the upload again."));
    }

    private static StoreException alreadyFinished(Database.Session session) {
        return new StoreException(StoreException.Problem.WRONG_OFFSET, "Upload " + session.uploadId()
                + " has already finished as files/" + session.finishedId() + " (" + session.received()
                + " bytes); it takes no more bytes. Start a new upload to send another file.");
    }

    /** Drops a session and its bytes: used when an upload is cancelled, too large or abandoned. */
    void discard(String uploadId) throws SQLException, IOException {
        database.deleteSession(uploadId);
        PartHasher hasher = inFlight.remove(uploadId);
        if (hasher != null) {
            hasher.close();
        }
        Files.deleteIfExists(directory.partFile(uploadId));
    }

    /** The upload's lock, made only once the session is known to exist (a bogus id leaves nothing behind). */
    private PartHasher lock(String project, String uploadId) throws StoreException, SQLException {
        session(project, uploadId);
        return inFlight.computeIfAbsent(uploadId, id -> new PartHasher(directory.partFile(id), workers));
    }

    private long append(Database.Session session, Path part, PartHasher hasher, InputStream bytes)
            throws StoreException, SQLException, IOException {
        long received = session.received();
        long declared = session.declaredSize();
        // An upload of unknown size may grow only into what the project has left.
        long allowance = declared >= 0 ? Long.MAX_VALUE
                : limits.maxProjectBytes() - database.usedBytes(session.project(), session.uploadId());
        try (FileChannel channel = FileChannel.open(part, StandardOpenOption.WRITE)) {
            // Bytes past the recorded size come from a chunk that never finished: drop them.
            channel.truncate(received);
            channel.position(received);
            PartFlusher.Chunk chunk = flusher.begin(channel);
            BodyReader body = new BodyReader(bytes);
            byte[] buffer = new byte[BUFFER_BYTES];
            try {
                while (true) {
                    int read = body.fill(buffer);
                    if (read == -1) {
                        break;
                    }
                    if (received + read > limits.maxFileBytes()) {
                        chunk.awaitBackground();
                        channel.close();
                        discard(session.uploadId());
                        throw Quotas.fileTooLarge(limits.maxFileBytes());
                    }
                    if (declared >= 0 && received + read > declared) {
                        throw dropChunk(chunk, channel, Quotas.pastDeclaredSize(declared, session.received()));
                    }
                    if (received + read > allowance) {
                        long used = limits.maxProjectBytes() - allowance;
                        throw dropChunk(chunk, channel, Quotas.projectFull(used, received + read, limits.maxProjectBytes()));
                    }
                    channel.write(ByteBuffer.wrap(buffer, 0, read));
                    received += read;
                    chunk.wrote(read);
                }
            } finally {
                // Keep what arrived, even from a dropped connection, so the client can resume. The
                // record (and so the acknowledgement and any later query) only ever counts bytes
                // that are already on disk: force first, then record.
                if (channel.isOpen()) {
                    chunk.makeDurable();
                    database.updateReceived(session.uploadId(), received, clock.instant());
                    hasher.hashUpTo(received);
                }
            }
        }
        return received;
    }

    /**
     * Ends a chunk that broke a size rule: none of its bytes are recorded (the next chunk truncates
     * them away, and rebuilds the digest from disk since it no longer matches the record), and the
     * session stays as it was.
     */
    private static StoreException dropChunk(PartFlusher.Chunk chunk, FileChannel channel, StoreException why)
            throws IOException {
        chunk.awaitBackground();
        channel.close();
        return why;
    }

    private StoredFile publish(Database.Session session, Path part, PartHasher hasher, long size)
            throws StoreException, SQLException, IOException {
        if (session.declaredSize() >= 0 && size != session.declaredSize()) {
            throw Quotas.shortOfDeclaredSize(session.declaredSize(), size);
        }
        String sha256 = hasher.finish(size);
        ContentInspector.Verdict verdict = inspector.inspect(part, session.mimeType());
        // One precision from the start, so that this answer and every later get or list agree.
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        hook.reached(PublishHook.Step.INSPECTED);
        String id = reserveId(session);
        StoredFile file = new StoredFile(session.project(), id, session.displayName(), session.mimeType(), size,
                sha256, now, now, now.plus(limits.fileLifetime()), verdict.state(), verdict.errorMessage(), null);
        hook.reached(PublishHook.Step.RESERVED);
        Path blob = directory.publish(part, session.project(), id);
        hook.reached(PublishHook.Step.RENAMED);
        try {
            database.commitUpload(file, session.uploadId(), limits.maxProjectBytes());
        } catch (StoreException | SQLException | RuntimeException e) {
            Files.deleteIfExists(blob);
            discard(session.uploadId());
            throw e;
        }
        hook.reached(PublishHook.Step.COMMITTED);
        return file;
    }

    /** The id the blob is renamed to, recorded on the session first so that a restart can find it. */
    private String reserveId(Database.Session session) throws StoreException, SQLException {
        if (session.requestedId() != null) {
            if (!database.reservePublishing(session.uploadId(), session.project(), session.requestedId())) {
                throw Database.alreadyExists(session.requestedId());
            }
            return session.requestedId();
        }
        String id;
        do {
            id = FileIds.generate();
        } while (!database.reservePublishing(session.uploadId(), session.project(), id));
        return id;
    }

    private Database.Session session(String project, String uploadId) throws StoreException, SQLException {
        return database.session(uploadId)
                .filter(session -> session.project().equals(project))
                .orElseThrow(() -> new StoreException(StoreException.Problem.UPLOAD_NOT_FOUND,
                        "No upload in progress has the id " + uploadId
                                + ". It finished, was cancelled or expired: start the upload again."));
    }
}
