package org.civilaffairs.reconcile.ingest;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The {@code inbox_file} table: every file ever registered, with status and counts. */
@Repository
public class InboxFiles {

    private static final String COLUMNS = "id, month, file_name, kind, sha256, encoding, status, archive_path, "
            + "rows_read, rows_loaded, rows_rejected, rows_collapsed, note";

    /**
     * Loaded, current files as {@code inbox_file f}: a roster's staged rows count only once its file is
     * loaded, since ingest commits them before the file's status (db/WriteBehind).
     */
    public static final String LOADED_FILES = "f.status = 'LOADED' AND f.replaced_by IS NULL";

    /** A month's loaded, current files as {@code inbox_file f}, with the month as parameter. */
    public static final String CURRENT_FILES = "f.month = ? AND " + LOADED_FILES;

    /**
     * Files read by any execution of one job instance (a run and its restarts): registered by it, or
     * read again by it ({@link #readAgain}, {@link #takeOverPending}), with the instance as parameter.
     */
    public static final String OF_JOB_INSTANCE = "COALESCE(reread_job_execution_id, job_execution_id) IN"
            + " (SELECT JOB_EXECUTION_ID FROM BATCH_JOB_EXECUTION WHERE JOB_INSTANCE_ID = ?)";

    /** A month's loaded, current files in a table with a {@code file_id}, with the month as parameter. */
    public static final String CURRENT_ROWS = "file_id IN (SELECT f.id FROM inbox_file f WHERE " + CURRENT_FILES + ")";

    private final JdbcTemplate jdbc;

    public InboxFiles(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The archived copy of the month's file of this name if it is registered with this content. */
    public Optional<Path> registered(YearMonth month, String name, String sha256) {
        return archived("sha256 = ?", month, name, sha256);
    }

    /** The archived copy of the month's file of this name if it is registered with this size and last-modified time. */
    public Optional<Path> registeredAsOf(YearMonth month, String name, long size, long modifiedAt) {
        return archived("size_bytes = ? AND modified_at = ?", month, name, size, modifiedAt);
    }

    private Optional<Path> archived(String where, YearMonth month, String name, Object... values) {
        List<Object> args = new ArrayList<>(List.of(month.toString(), name));
        args.addAll(List.of(values));
        return jdbc.queryForList("SELECT archive_path FROM inbox_file WHERE month = ? AND file_name = ? AND " + where
                + " AND replaced_by IS NULL AND unstable = FALSE", String.class, args.toArray()).stream().findFirst().map(Path::of);
    }

    /** Keeps the last-modified time of the month's file registered with this name and content. */
    public void keepModifiedAt(YearMonth month, String name, String sha256, long modifiedAt) {
        jdbc.update("UPDATE inbox_file SET modified_at = ? WHERE month = ? AND file_name = ? AND sha256 = ?"
                + " AND replaced_by IS NULL AND unstable = FALSE", modifiedAt, month.toString(), name, sha256);
    }

    /**
     * The earliest file of the month with this content, as {@code YYYY-MM/rosters/x.csv}: not one
     * rejected whole that has left the inbox ({@code inInbox}, the month's names there now), such as
     * an extract rejected for its name and then renamed, which would otherwise never be read.
     */
    public Optional<String> sameContent(YearMonth month, String sha256, Set<String> inInbox) {
        return jdbc.query("SELECT file_name, status FROM inbox_file WHERE month = ? AND sha256 = ? AND status <> 'DUPLICATE'"
                        + " AND unstable = FALSE ORDER BY id",
                (rs, i) -> rs.getString(2).equals("REJECTED") && !inInbox.contains(rs.getString(1)) ? null : month + "/" + rs.getString(1),
                month.toString(), sha256).stream().filter(Objects::nonNull).findFirst();
    }

    public long register(YearMonth month, String name, String kind, FileDigest digest, InboxFile.Status status,
                         String note, Path archive, Path source, long jobExecutionId) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(con -> {
            var ps = con.prepareStatement("INSERT INTO inbox_file (month, file_name, kind, sha256, size_bytes, encoding, status,"
                    + " note, archive_path, source_path, registered_at, registered_by, job_execution_id)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", new String[] {"id"});
            ps.setString(1, month.toString());
            ps.setString(2, name);
            ps.setString(3, kind);
            ps.setString(4, digest.sha256());
            ps.setLong(5, digest.size());
            ps.setString(6, digest.encoding());
            ps.setString(7, status.name());
            ps.setString(8, note);
            ps.setString(9, archive.toString());
            ps.setString(10, source.toAbsolutePath().toString());
            ps.setTimestamp(11, Timestamp.from(Instant.now()));
            ps.setString(12, System.getProperty("user.name"));
            ps.setLong(13, jobExecutionId);
            return ps;
        }, key);
        long id = key.getKey().longValue();
        jdbc.update("UPDATE inbox_file SET replaced_by = ? WHERE month = ? AND file_name = ? AND id <> ? AND replaced_by IS NULL",
                id, month.toString(), name, id);
        return id;
    }

    /**
     * Records a file that changed while it was archived: REJECTED with the note, and left out of
     * {@link #registered} and {@link #sameContent}, so the next run registers it again (replacing this row).
     */
    public void refuseUnstable(YearMonth month, String name, String kind, FileDigest digest, String note, Path source,
                               long jobExecutionId) {
        long id = register(month, name, kind, digest, InboxFile.Status.REJECTED, note, source, source, jobExecutionId);
        jdbc.update("UPDATE inbox_file SET unstable = TRUE WHERE id = ?", id);
    }

    /**
     * Files that an earlier run left PENDING (it failed, or was abandoned, before reading them) are read
     * by this run's ingest: they are marked read again by it, so that their notices and warnings come
     * with it. Returns how many.
     */
    public int takeOverPending(long jobExecutionId) {
        return jdbc.update("UPDATE inbox_file SET reread_job_execution_id = ? WHERE status = 'PENDING'"
                + " AND NOT " + OF_JOB_INSTANCE, jobExecutionId, instanceOf(jobExecutionId));
    }

    private long instanceOf(long jobExecutionId) {
        return jdbc.queryForObject("SELECT JOB_INSTANCE_ID FROM BATCH_JOB_EXECUTION WHERE JOB_EXECUTION_ID = ?", Long.class,
                jobExecutionId);
    }

    public List<InboxFile> pending() {
        return jdbc.query("SELECT " + COLUMNS + " FROM inbox_file WHERE status = 'PENDING' ORDER BY id", InboxFiles::map);
    }

    /**
     * Sends a month's loaded, current rosters back to ingest, to be read again under the run's policy:
     * their rows' street checks and the pairs they contain depend on its street list. Rosters rejected
     * whole (header, encoding) and duplicates do not. Returns how many rosters of the month the run
     * reads again, with those an earlier run left unread ({@link #takeOverPending}).
     */
    public int readAgain(YearMonth month, long jobExecutionId) {
        jdbc.update("UPDATE inbox_file f SET status = 'PENDING', reread_job_execution_id = ? WHERE " + CURRENT_FILES
                + " AND f.kind = '" + InboxFile.ROSTER + "'", jobExecutionId, month.toString());
        return jdbc.queryForObject("SELECT COUNT(*) FROM inbox_file WHERE month = ? AND kind = '" + InboxFile.ROSTER + "'"
                + " AND status = 'PENDING' AND reread_job_execution_id = ?", Integer.class, month.toString(), jobExecutionId);
    }

    public InboxFile byId(long id) {
        return jdbc.queryForObject("SELECT " + COLUMNS + " FROM inbox_file WHERE id = ?", InboxFiles::map, id);
    }

    /** The current (not replaced) files of a month, in ingest order. */
    public List<InboxFile> ofMonth(YearMonth month) {
        return jdbc.query("SELECT " + COLUMNS + " FROM inbox_file WHERE month = ? AND replaced_by IS NULL ORDER BY id",
                InboxFiles::map, month.toString());
    }

    /** The reference file in force for a month: the latest loaded one of that source, this month or earlier. */
    public Optional<InboxFile> referenceFor(String source, YearMonth month) {
        return jdbc.query("SELECT " + COLUMNS + " FROM inbox_file WHERE kind = ? AND status = 'LOADED' AND month <= ?"
                        + " AND replaced_by IS NULL ORDER BY month DESC, id DESC",
                InboxFiles::map, source, month.toString()).stream().findFirst();
    }

    public void finish(long id, InboxFile.Status status, FileCounts counts, String note) {
        jdbc.update("UPDATE inbox_file SET status = ?, rows_read = ?, rows_loaded = ?, rows_rejected = ?, rows_collapsed = ?,"
                        + " note = ? WHERE id = ?", status.name(), counts.read(), counts.loaded(), counts.rejected(),
                counts.collapsed(), note, id);
    }

    public void recount(long id, FileCounts counts) {
        jdbc.update("UPDATE inbox_file SET rows_loaded = ?, rows_rejected = ?, rows_collapsed = ? WHERE id = ?",
                counts.loaded(), counts.rejected(), counts.collapsed(), id);
    }

    private static InboxFile map(ResultSet rs, int i) throws SQLException {
        return new InboxFile(rs.getLong("id"), YearMonth.parse(rs.getString("month")), rs.getString("file_name"),
                rs.getString("kind"), rs.getString("sha256"), rs.getString("encoding"),
                InboxFile.Status.valueOf(rs.getString("status")), Path.of(rs.getString("archive_path")),
                new FileCounts(rs.getLong("rows_read"), rs.getLong("rows_loaded"), rs.getLong("rows_rejected"),
                        rs.getLong("rows_collapsed")), rs.getString("note"));
    }
}
