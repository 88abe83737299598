package org.civilaffairs.reconcile.checks;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.civilaffairs.reconcile.policy.Program;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.SqlTypeValue;
import org.springframework.jdbc.core.StatementCreatorUtils;
import org.springframework.stereotype.Repository;

/** Reads a month's households with their members; writes verification results and flag evidence. */
@Repository
public class CheckStore {

    private static final int BATCH = 2000;

    private final JdbcTemplate jdbc;

    public CheckStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A household as stored: what the rules see, and the columns checking rewrites unchanged. */
    public record Stored(CheckedHousehold household, long fileId, int persons) {
    }

    public List<Stored> households(YearMonth month) {
        Map<String, Set<String>> members = new LinkedHashMap<>();
        jdbc.query("SELECT street, program, household_id, person_key FROM roster_row WHERE month = ? AND outcome = 'LOADED'"
                + " AND superseded = FALSE ORDER BY file_id, line_no", rs -> {
                    members.computeIfAbsent(key(rs.getString(1), rs.getString(2), rs.getString(3)), k -> new LinkedHashSet<>())
                            .add(rs.getString(4));
                }, month.toString());
        List<Stored> out = new ArrayList<>();
        jdbc.query("SELECT street, program, household_id, head_key, amount, declared_income, file_id, persons FROM household"
                + " WHERE month = ? ORDER BY street, program, household_id", rs -> {
                    String street = rs.getString(1);
                    String program = rs.getString(2);
                    String id = rs.getString(3);
                    out.add(new Stored(new CheckedHousehold(month, street, Program.valueOf(program), id, rs.getString(4),
                            members.getOrDefault(key(street, program, id), Set.of()), rs.getBigDecimal(5), rs.getBigDecimal(6)),
                            rs.getLong(7), rs.getInt(8)));
                }, month.toString());
        return out;
    }

    /**
     * Rewrites the month's households with their verification, and their flags. The rows are
     * deleted and inserted again rather than updated one by one: on MySQL a month of single-row
     * UPDATEs costs a round of statement work per household, a multi-row INSERT a fraction of it.
     * Writes go in JDBC batches of {@link #BATCH} (a whole month overflows MySQL's packet limit).
     */
    public void save(YearMonth month, List<Stored> households, List<VerificationResult> results) {
        String m = month.toString();
        jdbc.update("DELETE FROM household_flag WHERE month = ?", m);
        jdbc.update("DELETE FROM household WHERE month = ?", m);
        List<Object[]> flagRows = new ArrayList<>();
        List<Object[]> householdRows = new ArrayList<>(households.size());
        for (int i = 0; i < households.size(); i++) {
            Stored stored = households.get(i);
            CheckedHousehold h = stored.household();
            VerificationResult r = results.get(i);
            r.flags().forEach((flag, evidence) -> flagRows.add(new Object[] {m, h.street(), h.program().name(),
                    h.householdId(), flag.name(), cut(evidence, 2000)}));
            householdRows.add(new Object[] {m, h.street(), h.program().name(), h.householdId(), stored.fileId(), h.headKey(),
                    h.amount(), h.declaredIncome(), stored.persons(), r.verified(), r.flagged() ? r.reasons() : null,
                    cut(String.join(",", r.checksSkipped()), 400), snapshots(r)});
        }
        batches("INSERT INTO household (month, street, program, household_id, file_id, head_key, amount, declared_income,"
                + " persons, verified, flags, checks_skipped, reference_months) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                householdRows);
        batches("INSERT INTO household_flag (month, street, program, household_id, flag, evidence) VALUES (?, ?, ?, ?, ?, ?)",
                flagRows);
    }

    private void batches(String sql, List<Object[]> rows) {
        jdbc.batchUpdate(sql, rows, BATCH, (ps, row) -> {
            for (int k = 0; k < row.length; k++) {
                StatementCreatorUtils.setParameterValue(ps, k + 1, SqlTypeValue.TYPE_UNKNOWN, row[k]);
            }
        });
    }

    private static String snapshots(VerificationResult r) {
        return r.snapshots().entrySet().stream().map(e -> e.getKey().fileStem() + "=" + e.getValue())
                .collect(Collectors.joining(","));
    }

    private static String key(String street, String program, String id) {
        return street + '\u0000' + program + '\u0000' + id;
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
