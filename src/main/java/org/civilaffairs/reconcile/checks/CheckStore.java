package org.civilaffairs.reconcile.checks;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.civilaffairs.reconcile.policy.Program;
import org.springframework.jdbc.core.JdbcTemplate;
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
                    String street = rs.getString(1).intern();
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
        List<Integer> all = IntStream.range(0, households.size()).boxed().toList();
        jdbc.batchUpdate("INSERT INTO household (month, street, program, household_id, file_id, head_key, amount,"
                + " declared_income, persons, verified, flags, checks_skipped, reference_months)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", all, BATCH, (ps, i) -> {
                    Stored stored = households.get(i);
                    CheckedHousehold h = stored.household();
                    VerificationResult r = results.get(i);
                    bindKey(ps, m, h);
                    ps.setLong(5, stored.fileId());
                    ps.setString(6, h.headKey());
                    ps.setBigDecimal(7, h.amount());
                    ps.setBigDecimal(8, h.declaredIncome());
                    ps.setInt(9, stored.persons());
                    ps.setBoolean(10, r.verified());
                    ps.setString(11, r.flagged() ? r.reasons() : null);
                    ps.setString(12, cut(String.join(",", r.checksSkipped()), 400));
                    ps.setString(13, snapshots(r));
                });
        List<Map.Entry<Integer, Flag>> flags = new ArrayList<>();
        for (int i = 0; i < results.size(); i++) {
            for (Flag flag : results.get(i).flags().keySet()) {
                flags.add(Map.entry(i, flag));
            }
        }
        jdbc.batchUpdate("INSERT INTO household_flag (month, street, program, household_id, flag, evidence)"
                + " VALUES (?, ?, ?, ?, ?, ?)", flags, BATCH, (ps, f) -> {
                    bindKey(ps, m, households.get(f.getKey()).household());
                    ps.setString(5, f.getValue().name());
                    ps.setString(6, cut(results.get(f.getKey()).flags().get(f.getValue()), 2000));
                });
    }

    private static void bindKey(PreparedStatement ps, String month, CheckedHousehold h) throws SQLException {
        ps.setString(1, month);
        ps.setString(2, h.street());
        ps.setString(3, h.program().name());
        ps.setString(4, h.householdId());
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
