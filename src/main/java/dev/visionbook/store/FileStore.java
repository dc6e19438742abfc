package dev.visionbook.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Files of every project: their metadata in SQLite ({@code files.db}) and their bytes under
 * {@code blobs/}. Thread-safe. Expired files are invisible at once and deleted by {@link #sweep()}.
 *
 * <pre>{@code
 * try (FileStore store = FileStore.open(dir, StoreLimits.service(), Clock.systemUTC(), ContentInspector.ACCEPT_ALL)) {
 *     String upload = store.startUpload("project", new NewUpload(null, "cat", "image/png", -1));
 *     StoredFile file = store.writeChunk("project", upload, 0, in, true).file();
 * }
 * }</pre>
 */
public final class FileStore implements AutoCloseable {

    private static final int DEFAULT_PAGE_SIZE = 10;
    private static final int MAX_PAGE_SIZE = 100;

    private final Path root;
    private final Database database;
    private final BlobDirectory directory;
    private final StoreLimits limits;
    private final Clock clock;
    private final Uploads uploads;

    private FileStore(Path root, Database database, BlobDirectory directory, StoreLimits limits, Clock clock,
                      ContentInspector inspector, PublishHook hook) {
        this.root = root;
        this.database = database;
        this.directory = directory;
        this.limits = limits;
        this.clock = clock;
        this.uploads = new Uploads(database, directory, limits, clock, inspector, hook);
    }

    /**
     * Opens (or creates) the store in {@code root}, owner-only (700, files 600), finishes or rolls
     * back uploads a crash interrupted while publishing, then removes what nothing refers to.
     */
    public static FileStore open(Path root, StoreLimits limits, Clock clock, ContentInspector inspector)
            throws StoreException {
        return open(root, limits, clock, inspector, PublishHook.NONE);
    }

    static FileStore open(Path root, StoreLimits limits, Clock clock, ContentInspector inspector, PublishHook hook)
            throws StoreException {
        try {
            OwnerOnly.folder(root);
            BlobDirectory directory = new BlobDirectory(root);
            directory.restrictExisting();
            FileStore store = new FileStore(root, new Database(root.resolve("files.db")), directory, limits, clock,
                    inspector, hook);
            store.uploads.recover();
            store.sweep();
            return store;
        } catch (IOException | SQLException e) {
            throw failure("open the file store", e);
        }
    }

    /**
     * A folder inside the data folder for other parts of the server (for example a scratch space),
     * created owner-only like the store's own.
     */
    public Path privateFolder(String name) throws StoreException {
        try {
            return OwnerOnly.folder(root.resolve(FileIds.validate(name)));
        } catch (IOException e) {
            throw failure("create a private folder", e);
        }
    }

    public StoreLimits limits() {
        return limits;
    }

    /** Starts a resumable upload and returns its id. */
    public String startUpload(String project, NewUpload upload) throws StoreException {
        try {
            return uploads.start(project, upload);
        } catch (IOException | SQLException e) {
            throw failure("start the upload", e);
        }
    }

    /** Bytes received so far, so that an interrupted client can resume. */
    public long receivedBytes(String project, String uploadId) throws StoreException {
        try {
            return uploads.received(project, uploadId);
        } catch (SQLException e) {
            throw failure("read the upload", e);
        }
    }

    /**
     * The file an upload published, when it has finished (kept a day, like an idle upload), so
     * that a client that lost the final answer can ask again; empty while it is unfinished.
     */
    public Optional<StoredFile> finishedFile(String project, String uploadId) throws StoreException {
        try {
            return uploads.finishedFile(project, uploadId);
        } catch (SQLException e) {
            throw failure("read the upload", e);
        }
    }

    /**
     * Appends {@code bytes} at {@code offset}; with {@code finish}, publishes the file (or, when
     * the upload already finished and nothing more is sent, answers with that file again).
     *
     * @throws IOException when reading {@code bytes} fails (the client went away); what arrived
     *     is kept so the upload can resume
     */
    public ChunkResult writeChunk(String project, String uploadId, long offset, InputStream bytes, boolean finish)
            throws StoreException, IOException {
        try {
            return uploads.write(project, uploadId, offset, bytes, finish);
        } catch (SQLException e) {
            throw failure("record the upload", e);
        }
    }

    public void cancelUpload(String project, String uploadId) throws StoreException {
        try {
            uploads.cancel(project, uploadId);
        } catch (IOException | SQLException e) {
            throw failure("cancel the upload", e);
        }
    }

    /** A live file of the project, or FILE_NOT_FOUND (also for other projects' and expired files). */
    public StoredFile get(String project, String id) throws StoreException {
        try {
            return database.file(project, id, clock.instant()).orElseThrow(() -> StoreException.fileNotFound(id));
        } catch (SQLException e) {
            throw failure("read file " + id, e);
        }
    }

    /** A page of live files, newest first. {@code pageSize} 0 means the default of 10; over 100 is capped. */
    public FilePage list(String project, int pageSize, String pageToken) throws StoreException {
        int size = pageSize <= 0 ? DEFAULT_PAGE_SIZE : Math.min(pageSize, MAX_PAGE_SIZE);
        long after = PageTokens.decode(pageToken);
        try {
            List<Database.Row> rows = database.page(project, after, size + 1, clock.instant());
            boolean more = rows.size() > size;
            List<Database.Row> shown = more ? rows.subList(0, size) : rows;
            String next = more ? PageTokens.encode(shown.get(shown.size() - 1).rowid()) : null;
            return new FilePage(shown.stream().map(Database.Row::file).toList(), next);
        } catch (SQLException e) {
            throw failure("list files", e);
        }
    }

    public void delete(String project, String id) throws StoreException {
        StoredFile file = get(project, id);
        try {
            database.deleteFile(project, id);
            Files.deleteIfExists(directory.blob(project, file.id()));
        } catch (IOException | SQLException e) {
            throw failure("delete file " + id, e);
        }
    }

    /** Per-upload locks held in memory, for the test that bogus upload ids leave none behind. */
    int uploadLocksHeld() {
        return uploads.locksHeld();
    }

    /** The bytes of a file, for reading only. */
    public Path content(StoredFile file) {
        return directory.blob(file.project(), file.id());
    }

    /** Records the outcome of background processing; empty if the file was deleted meanwhile. */
    public Optional<StoredFile> finishProcessing(StoredFile file, FileState state, String errorMessage,
                                                 Duration duration) throws StoreException {
        try {
            if (!database.updateState(file.project(), file.id(), state, errorMessage, duration, clock.instant())) {
                return Optional.empty();
            }
            return database.file(file.project(), file.id(), clock.instant());
        } catch (SQLException e) {
            throw failure("update file " + file.id(), e);
        }
    }

    /** Files still PROCESSING, for example after a restart interrupted their processing. */
    public List<StoredFile> processing() throws StoreException {
        try {
            return database.inState(FileState.PROCESSING);
        } catch (SQLException e) {
            throw failure("list processing files", e);
        }
    }

    /**
     * Deletes expired files, upload sessions idle past their lifetime, and bytes nothing refers
     * to. Returns how many things it removed.
     */
    public synchronized int sweep() throws StoreException {
        try {
            int removed = 0;
            for (StoredFile expired : database.expiredBy(clock.instant())) {
                database.deleteFile(expired.project(), expired.id());
                Files.deleteIfExists(content(expired));
                removed++;
            }
            Instant idleBefore = clock.instant().minus(limits.abandonedUploadLifetime());
            for (String uploadId : database.sessionsIdleSince(idleBefore)) {
                uploads.discard(uploadId);
                removed++;
            }
            database.forgetFinishedSince(idleBefore);
            Set<Path> liveBlobs = new HashSet<>();
            for (StoredFile file : database.allFiles()) {
                liveBlobs.add(content(file));
            }
            List<String> sessions = database.allSessionIds();
            uploads.forgetFinished(sessions);
            return removed + directory.removeOrphans(new HashSet<>(sessions), liveBlobs);
        } catch (IOException | SQLException e) {
            throw failure("sweep expired files", e);
        }
    }

    @Override
    public void close() throws StoreException {
        uploads.close();
        try {
            database.close();
        } catch (SQLException e) {
            throw failure("close the file store", e);
        }
    }

    private static StoreException failure(String what, Exception cause) {
        return new StoreException(StoreException.Problem.STORAGE_FAILURE,
                "The local server could not " + what + ": " + cause.getMessage(), cause);
    }

    /** Opaque page tokens that carry the last row shown. */
    static final class PageTokens {
        private PageTokens() {
        }

        static String encode(long rowid) {
            return Base64.getUrlEncoder().withoutPadding().encodeToString(("after:" + rowid).getBytes(StandardCharsets.UTF_8));
        }

        static long decode(String token) throws StoreException {
            if (token == null || token.isEmpty()) {
                return 0;
            }
            try {
                String text = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
                if (text.startsWith("after:")) {
                    long rowid = Long.parseLong(text.substring("after:".length()));
                    if (rowid > 0) {
                        return rowid;
                    }
                }
            } catch (IllegalArgumentException e) {
                // falls through to the error below
            }
            throw new StoreException(StoreException.Problem.INVALID_NAME,
                    "Invalid page token '" + token + "': pass the nextPageToken of the previous page unchanged.");
        }
    }
}
