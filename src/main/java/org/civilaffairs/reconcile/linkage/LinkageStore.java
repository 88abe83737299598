package org.civilaffairs.reconcile.linkage;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.civilaffairs.reconcile.columns.ColumnSpace;
import org.civilaffairs.reconcile.db.LargeResults;
import org.civilaffairs.reconcile.identity.LoadedRows;
import org.civilaffairs.reconcile.ingest.InboxFiles;
import org.civilaffairs.reconcile.ingest.ReadAhead;
import org.civilaffairs.reconcile.ingest.StagedRowId;
import org.civilaffairs.reconcile.job.MonthLedger;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Reads what linkage needs (the loaded roster rows of M, and who each household of M−1 held) and
 * replaces a month's rows of {@code suspect_pair}.
 */
@Repository
public class LinkageStore {

    /** Streets whose files are read side by side at most; a month of more (a roster of garbled streets) reads the staged rows. */
    private static final int MAX_OPEN = 512;

    /** What a loaded row's columns take, about: the heap's share they may take is counted with it. */
    private static final long BYTES_A_ROW = 100;

    private final JdbcTemplate jdbc;
    private final Path archiveDir;
    private final long heapRows;

    /** @param heapRows {@code reconcile.linkage.heap-rows}; -1 (the default): {@link #heapRows} of this JVM's heap */
    public LinkageStore(JdbcTemplate jdbc, @Value("${reconcile.archive-dir:data/archive}") Path archiveDir,
                        @Value("${reconcile.linkage.heap-rows:-1}") long heapRows) {
        this.jdbc = jdbc;
        this.archiveDir = archiveDir;
        this.heapRows = heapRows >= 0 ? heapRows : heapRows(Runtime.getRuntime().maxMemory());
    }

    /**
     * The loaded rows whose columns link keeps on the heap unless told otherwise: as many as take a
     * third of what the heap holds ({@link Runtime#maxMemory}: with {@code -Xmx1536m} and the parallel
     * collector 1,366 MB, so 4.8M rows). Within the heap they are read fastest; a larger month maps
     * them, which costs its first writes to the files (a 4M month's link took 20–24 s mapped against
     * 15–16 s on the heap).
     */
    static long heapRows(long maxHeap) {
        return maxHeap / 3 / BYTES_A_ROW;
    }

    /** Closed months whose suspects are missing or older than their latest close, oldest first. */
    List<YearMonth> waiting() {
        return jdbc.queryForList("SELECT s.month FROM month_state s LEFT JOIN linkage_month l ON l.month = s.month"
                        + " WHERE s.stage = ? AND (l.closing IS NULL OR l.closing <> s.closings) ORDER BY s.month",
                String.class, MonthLedger.CLOSED).stream().map(YearMonth::parse).toList();
    }

    LinkageMonth month(YearMonth month) {
        Map<Long, String> files = new HashMap<>();
        jdbc.query("SELECT id, file_name FROM inbox_file WHERE month = ?", rs -> {
            files.put(rs.getLong(1), rs.getString(2));
        }, month.toString());
        Integer loaded = jdbc.queryForObject("SELECT SUM(loaded) FROM resolve_count WHERE month = ? AND "
                + InboxFiles.CURRENT_ROWS, Integer.class, month.toString(), month.toString());
        int expected = loaded == null ? 0 : loaded;
        LinkageMonth.Builder rows = LinkageMonth.builder(month.toString(), expected, space(month, expected));
        loadedRowsAhead(month, (file, line, street, program, household, community, name, id, key) ->
                rows.add(files.get(file), line, street, program, household, community, name, id, key));
        loadedRowsAhead(month.minusMonths(1), (file, line, street, program, household, community, name, id, key) ->
                rows.heldLastMonth(street, program, household, name, key));
        return rows.build();
    }

    /**
     * The heap for a month of up to {@link #heapRows} loaded rows; for a larger one, files mapped from
     * beside the month's extracts, so that link's heap does not follow the month.
     */
    private ColumnSpace space(YearMonth month, int rows) {
        return rows <= heapRows ? ColumnSpace.HEAP
                : ColumnSpace.filesIn(archiveDir.resolve("extract").resolve(month.toString()).resolve("linkage"));
    }

    /**
     * {@link #loadedRows}, read and decoded on a second thread while this one hands them to {@code
     * sink}: on one thread the read took 1.9–2.8 s of a city month's 5.1–6.2 s link step, with the
     * other core idle.
     */
    private void loadedRowsAhead(YearMonth month, LoadedRows.Sink sink) {
        try (ReadAhead<Runnable> ahead = new ReadAhead<>("link-read-ahead", each -> loadedRows(month,
                (file, line, street, program, household, community, name, id, key) ->
                        each.accept(() -> sink.row(file, line, street, program, household, community, name, id, key))))) {
            for (Runnable row = ahead.next(); row != null; row = ahead.next()) {
                row.run();
            }
        }
    }

    /**
     * A month's loaded rows: from the files its resolve wrote of each of its streets ({@link
     * LoadedRows}) once it is resolved, else from the staged rows (a month resolved by an earlier
     * release, or waiting to be resolved again); in the order of the staged rows either way.
     */
    private void loadedRows(YearMonth month, LoadedRows.Sink sink) {
        String m = month.toString();
        Integer stage = jdbc.query("SELECT stage FROM month_state WHERE month = ?", rs -> rs.next() ? rs.getInt(1) : null, m);
        Set<String> streets = new TreeSet<>(jdbc.queryForList("SELECT street FROM roster_file_street WHERE "
                + InboxFiles.CURRENT_ROWS, String.class, m));
        List<Path> written = streets.stream().map(street -> LoadedRows.path(archiveDir, month, street)).toList();
        if (stage != null && stage > MonthLedger.RESOLVE && written.size() <= MAX_OPEN && LoadedRows.read(written, sink)) {
            return;
        }
        LargeResults.query(jdbc, "SELECT r.file_id, r.line_no, r.street, r.program, r.household_id, r.community, r.name,"
                + " r.id_number, r.person_key FROM inbox_file f JOIN roster_row r ON " + StagedRowId.OF_FILE
                + " WHERE " + InboxFiles.CURRENT_FILES + " AND r.outcome = 'LOADED' AND r.superseded = FALSE ORDER BY r.row_id",
                rs -> sink.row(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9)), m);
    }

    /** Delete-then-insert of the month's suspects, marked as computed for the month's latest close. */
    void replace(YearMonth month, List<SuspectPair> suspects) {
        String m = month.toString();
        jdbc.update("DELETE FROM suspect_pair WHERE month = ?", m);
        jdbc.batchUpdate("INSERT INTO suspect_pair (month, file_a, line_a, street_a, program_a, household_id_a, file_b, line_b,"
                + " street_b, program_b, household_id_b, match_weight, evidence) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                suspects, 500, (ps, s) -> {
                    ps.setString(1, s.month());
                    int i = 2;
                    for (SuspectPair.Row r : List.of(s.a(), s.b())) {
                        ps.setString(i++, r.file());
                        ps.setLong(i++, r.line());
                        ps.setString(i++, r.street());
                        ps.setString(i++, r.program());
                        ps.setString(i++, r.householdId());
                    }
                    ps.setBigDecimal(12, s.matchWeight());
                    ps.setString(13, s.evidence());
                });
        jdbc.update("DELETE FROM linkage_month WHERE month = ?", m);
        jdbc.update("INSERT INTO linkage_month (month, closed_at, closing) SELECT month, closed_at, closings FROM month_state"
                + " WHERE month = ?", m);
    }

    /** The suspects of a month ({@code YYYY-MM}) or a year ({@code YYYY}), by month then descending weight. */
    public List<SuspectPair> suspects(String period) {
        return read("month LIKE ?", period.length() == 4 ? period + "-%" : period);
    }

    /** The suspects one of whose rows belongs to the household, by descending weight. */
    public List<SuspectPair> ofHousehold(String month, String street, String program, String householdId) {
        return read("month = ? AND (street_a = ? AND program_a = ? AND household_id_a = ? OR street_b = ? AND program_b = ?"
                + " AND household_id_b = ?)", month, street, program, householdId, street, program, householdId);
    }

    private List<SuspectPair> read(String where, Object... args) {
        List<SuspectPair> found = new ArrayList<>(jdbc.query("SELECT month, street_a, program_a, household_id_a, file_a, line_a,"
                + " street_b, program_b, household_id_b, file_b, line_b, match_weight, evidence FROM suspect_pair WHERE " + where,
                (rs, i) -> new SuspectPair(rs.getString(1),
                        new SuspectPair.Row(rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getLong(6)),
                        new SuspectPair.Row(rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10), rs.getLong(11)),
                        rs.getBigDecimal(12), rs.getString(13)), args));
        found.sort(SuspectPair.ORDER);
        return found;
    }
}
