package org.civilaffairs.reconcile.identity;

import java.time.YearMonth;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Reads a month's staged rows and writes what resolution decided. */
@Repository
public class ResolutionStore {

    private static final int BATCH = 2000;

    private final JdbcTemplate jdbc;

    public ResolutionStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Every staged row of the month's loaded roster files, in ingest order then line order. */
    public List<StagedRow> stagedRows(YearMonth month) {
        return jdbc.query("SELECT r.file_id, r.line_no, r.street, r.program, r.street_known, r.program_known, r.household_id,"
                        + " r.name, r.id_number, r.is_head, r.amount, r.declared_income, r.row_reject"
                        + " FROM roster_row r JOIN inbox_file f ON f.id = r.file_id"
                        + " WHERE r.month = ? AND f.status = 'LOADED' AND f.replaced_by IS NULL ORDER BY r.file_id, r.line_no",
                (rs, i) -> new StagedRow(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                        rs.getBoolean(5) && rs.getBoolean(6), rs.getString(7), rs.getString(8), rs.getString(9),
                        rs.getBoolean(10), rs.getBigDecimal(11), rs.getBigDecimal(12), rs.getString(13)),
                month.toString());
    }

    public void saveOutcomes(List<StagedRow> rows) {
        jdbc.batchUpdate("UPDATE roster_row SET person_key = ?, key_method = ?, outcome = ?, reason = ?, superseded = ?"
                + " WHERE file_id = ? AND line_no = ?", rows, BATCH, (ps, r) -> {
                    ps.setString(1, r.key == null ? null : cut(r.key.key()));
                    ps.setString(2, r.key == null ? null : r.key.how().name());
                    ps.setString(3, r.outcome.name());
                    ps.setString(4, r.reason);
                    ps.setBoolean(5, r.superseded);
                    ps.setLong(6, r.fileId);
                    ps.setLong(7, r.line);
                });
    }

    public void replaceHouseholds(YearMonth month, List<Household> households) {
        jdbc.update("DELETE FROM household_flag WHERE month = ?", month.toString());
        jdbc.update("DELETE FROM household WHERE month = ?", month.toString());
        jdbc.batchUpdate("INSERT INTO household (month, street, program, household_id, file_id, head_key, amount,"
                + " declared_income, persons) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", households, BATCH, (ps, h) -> {
                    ps.setString(1, month.toString());
                    ps.setString(2, h.street());
                    ps.setString(3, h.program());
                    ps.setString(4, h.householdId());
                    ps.setLong(5, h.fileId());
                    ps.setString(6, cut(h.headKey()));
                    ps.setBigDecimal(7, h.amount());
                    ps.setBigDecimal(8, h.declaredIncome());
                    ps.setInt(9, h.persons());
                });
    }

    private static String cut(String key) {
        return key.length() <= 300 ? key : key.substring(0, 300);
    }
}
