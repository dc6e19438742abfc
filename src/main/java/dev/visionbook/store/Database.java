package dev.visionbook.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The SQLite side of the store. One connection, every call synchronized: SQLite has one writer
 * anyway, and each call is a few index lookups, while the slow part of an upload (the bytes)
 * happens outside.
 */
final class Database implements AutoCloseable {

    /**
     * An upload that has started and not finished.
     *
     * @param publishingId the id its blob is being published under (renamed, not yet committed), or null
     * @param finishedId the id of the file it published, kept so that a client whose answer was lost
     *     (a crash, a dropped connection) can ask again; null while unfinished
     */
    record Session(String uploadId, String project, String requestedId, String displayName,
                   String mimeType, long declaredSize, long received, Instant lastActivity, String publishingId,
                   String finishedId) {

        boolean finished() {
            return finishedId != null;
        }
    }

    private static final String FILE_COLUMNS = "rowid, project, id, display_name, mime_type, size_bytes, sha256,"
            + " create_time, update_time, expiration_time, state, error_message, duration_micros";

    private final Connection connection;

    Database(Path file) throws SQLException, IOException {
        // SQLite gives its -wal and -shm files the database file's permissions: make that one private first.
        if (!Files.exists(file)) {
            OwnerOnly.newFile(file);
        }
        OwnerOnly.restrictFile(file);
        connection = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
        try (Statement statement = connection.createStatement()) {
            statement.execute("PRAGMA journal_mode=WAL");
            statement.execute("PRAGMA synchronous=FULL");
            statement.execute("CREATE TABLE IF NOT EXISTS files ("
                    + " project TEXT NOT NULL, id TEXT NOT NULL, display_name TEXT, mime_type TEXT NOT NULL,"
                    + " size_bytes INTEGER NOT NULL, sha256 TEXT NOT NULL, create_time INTEGER NOT NULL,"
                    + " update_time INTEGER NOT NULL, expiration_time INTEGER NOT NULL, state TEXT NOT NULL,"
                    + " error_message TEXT, duration_micros INTEGER, PRIMARY KEY (project, id))");
            statement.execute("CREATE TABLE IF NOT EXISTS uploads ("
                    + " upload_id TEXT PRIMARY KEY, project TEXT NOT NULL, requested_id TEXT, display_name TEXT,"
                    + " mime_type TEXT NOT NULL, declared_size INTEGER NOT NULL, received INTEGER NOT NULL,"
                    + " last_activity INTEGER NOT NULL)");
            statement.execute("CREATE INDEX IF NOT EXISTS files_by_expiry ON files (expiration_time)");
            for (String column : new String[] {"publishing_id", "finished_id"}) {
                if (!hasColumn(statement, "uploads", column)) {
                    statement.execute("ALTER TABLE uploads ADD COLUMN " + column + " TEXT");
                }
            }
        }
        for (String suffix : new String[] {"-wal", "-shm"}) {
            OwnerOnly.restrictFile(file.resolveSibling(file.getFileName() + suffix));
        }
    }

    private static boolean hasColumn(Statement statement, String table, String column) throws SQLException {
        try (ResultSet columns = statement.executeQuery("PRAGMA table_info(" + table + ")")) {
            while (columns.next()) {
                if (columns.getString("name").equals(column)) {
                    return true;
                }
            }
            return false;
        }
    }

    synchronized void insertSession(Session session) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO uploads (upload_id, project, requested_id, display_name, mime_type, declared_size,"
                        + " received, last_activity) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            insert.setString(1, session.uploadId());
            insert.setString(2, session.project());
            insert.setString(3, session.requestedId());
            insert.setString(4, session.displayName());
            insert.setString(5, session.mimeType());
            insert.setLong(6, session.declaredSize());
            insert.setLong(7, session.received());
            insert.setLong(8, micros(session.lastActivity()));
            insert.executeUpdate();
        }
    }

    synchronized Optional<Session> session(String uploadId) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT * FROM uploads WHERE upload_id = ?")) {
            query.setString(1, uploadId);
            return sessions(query).stream().findFirst();
        }
    }

    /** Sessions a crash left between the blob's rename and the commit (or just before the rename). */
    synchronized List<Session> publishingSessions() throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT * FROM uploads WHERE publishing_id IS NOT NULL AND finished_id IS NULL")) {
            return sessions(query);
        }
    }

    private static List<Session> sessions(PreparedStatement query) throws SQLException {
        List<Session> found = new ArrayList<>();
        try (ResultSet row = query.executeQuery()) {
            while (row.next()) {
                found.add(new Session(row.getString("upload_id"), row.getString("project"),
                        row.getString("requested_id"), row.getString("display_name"), row.getString("mime_type"),
                        row.getLong("declared_size"), row.getLong("received"), instant(row.getLong("last_activity")),
                        row.getString("publishing_id"), row.getString("finished_id")));
            }
        }
        return found;
    }

    /**
     * Claims {@code id} for the blob of an upload about to be renamed into place, so that no
     * other upload renames onto the same path. False when a file or another upload holds it.
     */
    synchronized boolean reservePublishing(String uploadId, String project, String id) throws SQLException {
        if (idTaken(project, id)) {
            return false;
        }
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT 1 FROM uploads WHERE project = ? AND publishing_id = ? AND upload_id <> ?")) {
            query.setString(1, project);
            query.setString(2, id);
            query.setString(3, uploadId);
            try (ResultSet row = query.executeQuery()) {
                if (row.next()) {
                    return false;
                }
            }
        }
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE uploads SET publishing_id = ? WHERE upload_id = ?")) {
            update.setString(1, id);
            update.setString(2, uploadId);
            return update.executeUpdate() == 1;
        }
    }

    synchronized void clearPublishing(String uploadId) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE uploads SET publishing_id = NULL WHERE upload_id = ?")) {
            update.setString(1, uploadId);
            update.executeUpdate();
        }
    }

    synchronized int openSessions(String project) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT COUNT(*) FROM uploads WHERE project = ? AND finished_id IS NULL")) {
            query.setString(1, project);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getInt(1);
            }
        }
    }

    synchronized void updateReceived(String uploadId, long received, Instant now) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE uploads SET received = ?, last_activity = ? WHERE upload_id = ?")) {
            update.setLong(1, received);
            update.setLong(2, micros(now));
            update.setString(3, uploadId);
            update.executeUpdate();
        }
    }

    synchronized void deleteSession(String uploadId) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM uploads WHERE upload_id = ?")) {
            delete.setString(1, uploadId);
            delete.executeUpdate();
        }
    }

    /** Unfinished sessions idle since {@code cutoff}. */
    synchronized List<String> sessionsIdleSince(Instant cutoff) throws SQLException {
        return strings("SELECT upload_id FROM uploads WHERE finished_id IS NULL AND last_activity < " + micros(cutoff));
    }

    /** Forgets finished sessions older than {@code cutoff}: a lost answer is asked again soon or never. */
    synchronized void forgetFinishedSince(Instant cutoff) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.executeUpdate("DELETE FROM uploads WHERE finished_id IS NOT NULL AND last_activity < " + micros(cutoff));
        }
    }

    synchronized List<String> allSessionIds() throws SQLException {
        return strings("SELECT upload_id FROM uploads");
    }

    synchronized List<String> unfinishedSessionIds() throws SQLException {
        return strings("SELECT upload_id FROM uploads WHERE finished_id IS NULL");
    }

    synchronized boolean idTaken(String project, String id) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT 1 FROM files WHERE project = ? AND id = ?")) {
            query.setString(1, project);
            query.setString(2, id);
            try (ResultSet row = query.executeQuery()) {
                return row.next();
            }
        }
    }

    /**
     * Bytes the project holds: its files, and its unfinished uploads at the larger of their
     * declared and received sizes (as the service counts them), except the upload {@code excluded}.
     */
    synchronized long usedBytes(String project, String excluded) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT (SELECT COALESCE(SUM(size_bytes), 0) FROM files WHERE project = ?)"
                        + " + (SELECT COALESCE(SUM(MAX(declared_size, received)), 0) FROM uploads"
                        + " WHERE project = ? AND upload_id <> ? AND finished_id IS NULL)")) {
            query.setString(1, project);
            query.setString(2, project);
            query.setString(3, excluded == null ? "" : excluded);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    /**
     * Records a finished upload and marks its session finished in one transaction, unless the project
     * would pass its quota or the id was taken meanwhile.
     */
    synchronized void commitUpload(StoredFile file, String uploadId, long maxProjectBytes)
            throws SQLException, StoreException {
        connection.setAutoCommit(false);
        try {
            if (idTaken(file.project(), file.id())) {
                throw alreadyExists(file.id());
            }
            long used = usedBytes(file.project(), uploadId);
            if (used + file.sizeBytes() > maxProjectBytes) {
                throw Quotas.projectFull(used, file.sizeBytes(), maxProjectBytes);
            }
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO files VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                insert.setString(1, file.project());
                insert.setString(2, file.id());
                insert.setString(3, file.displayName());
                insert.setString(4, file.mimeType());
                insert.setLong(5, file.sizeBytes());
                insert.setString(6, file.sha256Hex());
                insert.setLong(7, micros(file.createTime()));
                insert.setLong(8, micros(file.updateTime()));
                insert.setLong(9, micros(file.expirationTime()));
                insert.setString(10, file.state().name());
                insert.setString(11, file.errorMessage());
                setDuration(insert, 12, file.videoDuration());
                insert.executeUpdate();
            }
            try (PreparedStatement finish = connection.prepareStatement("UPDATE uploads SET finished_id = ?,"
                    + " publishing_id = NULL, received = ?, last_activity = ? WHERE upload_id = ?")) {
                finish.setString(1, file.id());
                finish.setLong(2, file.sizeBytes());
                finish.setLong(3, micros(file.createTime()));
                finish.setString(4, uploadId);
                finish.executeUpdate();
            }
            connection.commit();
        } catch (SQLException | StoreException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(true);
        }
    }

    static StoreException alreadyExists(String id) {
        return new StoreException(StoreException.Problem.ALREADY_EXISTS,
                "A file named files/" + id + " already exists. Choose another name or delete the existing file.");
    }

    /** A live (unexpired) file. */
    synchronized Optional<StoredFile> file(String project, String id, Instant now) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT " + FILE_COLUMNS
                + " FROM files WHERE project = ? AND id = ? AND expiration_time > ?")) {
            query.setString(1, project);
            query.setString(2, id);
            query.setLong(3, micros(now));
            List<StoredFile> found = files(query);
            return found.stream().findFirst();
        }
    }

    /** Live files newest first, starting after the row {@code afterRowid} (0 for the first page). */
    synchronized List<Row> page(String project, long afterRowid, int limit, Instant now) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT " + FILE_COLUMNS
                + " FROM files WHERE project = ? AND expiration_time > ? AND (? = 0 OR rowid < ?)"
                + " ORDER BY rowid DESC LIMIT ?")) {
            query.setString(1, project);
            query.setLong(2, micros(now));
            query.setLong(3, afterRowid);
            query.setLong(4, afterRowid);
            query.setInt(5, limit);
            List<Row> rows = new ArrayList<>();
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    rows.add(new Row(row.getLong("rowid"), storedFile(row)));
                }
            }
            return rows;
        }
    }

    /** A file with its SQLite rowid, which orders pages. */
    record Row(long rowid, StoredFile file) {
    }

    synchronized boolean deleteFile(String project, String id) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement(
                "DELETE FROM files WHERE project = ? AND id = ?")) {
            delete.setString(1, project);
            delete.setString(2, id);
            return delete.executeUpdate() == 1;
        }
    }

    synchronized boolean updateState(String project, String id, FileState state, String errorMessage,
                                     Duration duration, Instant now) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("UPDATE files SET state = ?, error_message = ?,"
                + " duration_micros = COALESCE(?, duration_micros), update_time = ? WHERE project = ? AND id = ?")) {
            update.setString(1, state.name());
            update.setString(2, errorMessage);
            setDuration(update, 3, duration);
            update.setLong(4, micros(now));
            update.setString(5, project);
            update.setString(6, id);
            return update.executeUpdate() == 1;
        }
    }

    synchronized List<StoredFile> expiredBy(Instant now) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT " + FILE_COLUMNS + " FROM files WHERE expiration_time <= ?")) {
            query.setLong(1, micros(now));
            return files(query);
        }
    }

    synchronized List<StoredFile> inState(FileState state) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT " + FILE_COLUMNS + " FROM files WHERE state = ?")) {
            query.setString(1, state.name());
            return files(query);
        }
    }

    synchronized List<StoredFile> allFiles() throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT " + FILE_COLUMNS + " FROM files")) {
            return files(query);
        }
    }

    @Override
    public synchronized void close() throws SQLException {
        connection.close();
    }

    private List<String> strings(String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Statement statement = connection.createStatement(); ResultSet row = statement.executeQuery(sql)) {
            while (row.next()) {
                values.add(row.getString(1));
            }
        }
        return values;
    }

    private static List<StoredFile> files(PreparedStatement query) throws SQLException {
        List<StoredFile> files = new ArrayList<>();
        try (ResultSet row = query.executeQuery()) {
            while (row.next()) {
                files.add(storedFile(row));
            }
        }
        return files;
    }

    private static StoredFile storedFile(ResultSet row) throws SQLException {
        long durationMicros = row.getLong("duration_micros");
        Duration duration = row.wasNull() ? null : Duration.ofNanos(durationMicros * 1000);
        return new StoredFile(row.getString("project"), row.getString("id"), row.getString("display_name"),
                row.getString("mime_type"), row.getLong("size_bytes"), row.getString("sha256"),
                instant(row.getLong("create_time")), instant(row.getLong("update_time")),
                instant(row.getLong("expiration_time")), FileState.valueOf(row.getString("state")),
                row.getString("error_message"), duration);
    }

    private static void setDuration(PreparedStatement statement, int index, Duration duration) throws SQLException {
        if (duration == null) {
            statement.setNull(index, java.sql.Types.INTEGER);
        } else {
            statement.setLong(index, duration.toNanos() / 1000);
        }
    }

    private static long micros(Instant instant) {
        return instant.getEpochSecond() * 1_000_000 + instant.getNano() / 1000;
    }

    private static Instant instant(long micros) {
        return Instant.ofEpochSecond(Math.floorDiv(micros, 1_000_000), Math.floorMod(micros, 1_000_000) * 1000L);
    }
}
