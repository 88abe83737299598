package org.civilaffairs.reconcile.identity;

import java.sql.Types;
import java.time.YearMonth;
import java.util.List;
import org.civilaffairs.reconcile.db.BulkInsert;
import org.civilaffairs.reconcile.ingest.InboxFiles;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Reads a month's staged rows and writes what resolution decided. */
@Repository
public class ResolutionStore {

    private static final int BATCH = 2000;

    private static final BulkInsert.Table HOUSEHOLD = new BulkInsert.Table("household", List.of("month", "street", "program",
            "household_id", "file_id", "head_key", "amount", "declared_income", "persons"), new int[] {Types.CHAR,
                Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.BIGINT, Types.VARCHAR, Types.DECIMAL, Types.DECIMAL,
                Types.INTEGER});

    private final JdbcTemplate jdbc;
    private final BulkInsert bulk;

    public ResolutionStore(JdbcTemplate jdbc, BulkInsert bulk) {
        this.jdbc = jdbc;
        this.bulk = bulk;
    }

    /**
     * Every staged row of the month's loaded roster files, in ingest order then line order. Streets
     * and programs are interned: a city's month repeats a few hundred of them a million times.
     */
    public List<StagedRow> stagedRows(YearMonth month) {
        return jdbc.query("SELECT r.file_id, r.line_no, r.street, r.program, r.street_known, r.program_known, r.household_id,"
                        + " r.name, r.id_number, r.is_head, r.amount, r.declared_income, r.row_reject,"
                        + " r.person_key, r.key_method, r.outcome, r.reason, r.superseded"
                        + " FROM roster_row r WHERE r." + InboxFiles.CURRENT_ROWS + " ORDER BY r.file_id, r.line_no",
                (rs, i) -> new StagedRow(rs.getLong(1), rs.getLong(2), rs.getString(3).intern(), rs.getString(4).intern(),
                        rs.getBoolean(5) && rs.getBoolean(6), rs.getString(7), rs.getString(8), rs.getString(9),
                        rs.getBoolean(10), rs.getBigDecimal(11), rs.getBigDecimal(12), rs.getString(13))
                        .withStored(new StagedRow.Stored(rs.getString(14), rs.getString(15), rs.getString(16), rs.getString(17),
                                rs.getBoolean(18))),
                month.toString());
    }

    /** Writes the rows whose outcome differs from what they hold (ingest stored its guess: most rows keep it). */
    public void saveOutcomes(List<StagedRow> rows) {
        List<StagedRow> changed = rows.stream().filter(StagedRow::changed).toList();
        jdbc.batchUpdate("UPDATE roster_row SET person_key = ?, key_method = ?, outcome = ?, reason = ?, superseded = ?"
                + " WHERE file_id = ? AND line_no = ?", changed, BATCH, (ps, r) -> {
                    StagedRow.Stored now = r.resolved();
                    ps.setString(1, now.key());
                    ps.setString(2, now.method());
                    ps.setString(3, now.outcome());
                    ps.setString(4, now.reason());
                    ps.setBoolean(5, now.superseded());
                    ps.setLong(6, r.fileId);
                    ps.setLong(7, r.line);
                });
    }

    public void replaceHouseholds(YearMonth month, List<Household> households) {
        jdbc.update("DELETE FROM household_flag WHERE month = ?", month.toString());
        jdbc.update("DELETE FROM program_check WHERE month = ?", month.toString());
        jdbc.update("DELETE FROM household WHERE month = ?", month.toString());
        bulk.insert(HOUSEHOLD, households, h -> new Object[] {month.toString(), h.street(), h.program(), h.householdId(),
            h.fileId(), PersonKey.stored(h.headKey()), h.amount(), h.declaredIncome(), h.persons()});
    }
}
