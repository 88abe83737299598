package org.civilaffairs.reconcile.linkage;

import java.sql.Timestamp;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.civilaffairs.reconcile.db.LargeResults;
import org.civilaffairs.reconcile.ingest.InboxFiles;
import org.civilaffairs.reconcile.job.MonthLedger;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Reads what linkage needs (the loaded roster rows of M, and who each household of M−1 held) and
 * replaces a month's rows of {@code suspect_pair}.
 */
@Repository
public class LinkageStore {

    private final JdbcTemplate jdbc;

    public LinkageStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Closed months whose suspects are missing or older than their latest close, oldest first. */
    List<YearMonth> waiting() {
        return jdbc.queryForList("SELECT s.month FROM month_state s LEFT JOIN linkage_month l ON l.month = s.month"
                        + " WHERE s.stage = ? AND (l.closed_at IS NULL OR l.closed_at <> s.closed_at) ORDER BY s.month",
                String.class, MonthLedger.CLOSED).stream().map(YearMonth::parse).toList();
    }

    LinkageMonth month(YearMonth month) {
        String m = month.toString();
        Map<Long, String> files = new HashMap<>();
        jdbc.query("SELECT id, file_name FROM inbox_file WHERE month = ?", rs -> {
            files.put(rs.getLong(1), rs.getString(2));
        }, m);
        LinkageMonth.Builder rows = LinkageMonth.builder(m);
        LargeResults.query(jdbc, "SELECT file_id, line_no, street, program, household_id, community, name, id_number,"
                + " person_key FROM roster_row WHERE " + InboxFiles.CURRENT_ROWS + " AND outcome = 'LOADED' AND superseded = FALSE", rs -> {
                    rows.add(files.get(rs.getLong(1)), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5),
                            rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9));
                }, m);
        LargeResults.query(jdbc, "SELECT street, program, household_id, name, person_key FROM roster_row WHERE "
                + InboxFiles.CURRENT_ROWS + " AND outcome = 'LOADED' AND superseded = FALSE",
                rs -> rows.heldLastMonth(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)),
                month.minusMonths(1).toString());
        return rows.build();
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
        Timestamp closed = jdbc.queryForObject("SELECT closed_at FROM month_state WHERE month = ?", Timestamp.class, m);
        jdbc.update("DELETE FROM linkage_month WHERE month = ?", m);
        jdbc.update("INSERT INTO linkage_month (month, closed_at) VALUES (?, ?)", m, closed);
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
