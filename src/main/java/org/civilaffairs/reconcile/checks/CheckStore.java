package org.civilaffairs.reconcile.checks;

import java.sql.Types;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.civilaffairs.reconcile.db.BulkInsert;
import org.civilaffairs.reconcile.identity.Household;
import org.civilaffairs.reconcile.ingest.InboxFiles;
import org.civilaffairs.reconcile.policy.Program;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Reads a month's households with their members; writes verification results and flag evidence. */
@Repository
public class CheckStore {

    private static final BulkInsert.Table HOUSEHOLD_FLAG = new BulkInsert.Table("household_flag", List.of("month", "street",
            "program", "household_id", "flag", "evidence"), new int[] {Types.CHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR,
                Types.VARCHAR, Types.VARCHAR});

    private final JdbcTemplate jdbc;
    private final BulkInsert bulk;

    public CheckStore(JdbcTemplate jdbc, BulkInsert bulk) {
        this.jdbc = jdbc;
        this.bulk = bulk;
    }

    public List<CheckedHousehold> households(YearMonth month) {
        Map<String, Set<String>> members = new LinkedHashMap<>();
        jdbc.query("SELECT street, program, household_id, person_key FROM roster_row WHERE " + InboxFiles.CURRENT_ROWS
                + " AND outcome = 'LOADED' AND superseded = FALSE ORDER BY file_id, line_no", rs -> {
                    members.computeIfAbsent(Household.key(rs.getString(1), rs.getString(2), rs.getString(3)),
                            k -> new LinkedHashSet<>()).add(rs.getString(4));
                }, month.toString());
        List<CheckedHousehold> out = new ArrayList<>();
        jdbc.query("SELECT street, program, household_id, head_key, amount, declared_income FROM household"
                + " WHERE month = ? ORDER BY street, program, household_id", rs -> {
                    String street = rs.getString(1).intern();
                    String program = rs.getString(2);
                    String id = rs.getString(3);
                    Set<String> memberKeys = members.getOrDefault(Household.key(street, program, id), Set.of());
                    out.add(new CheckedHousehold(month, street, Program.valueOf(program), id, rs.getString(4), memberKeys,
                            rs.getBigDecimal(5), rs.getBigDecimal(6)));
                }, month.toString());
        return out;
    }

    /**
     * Writes the month's verification results and their flags. What a result says besides its flags
     * is the same for every household of a program ({@link HouseholdChecker}), so it is written once
     * per program to {@code program_check}; a household's flags are its rows of {@code household_flag}.
     * Rewriting every household of a city's month cost more than all the rules together.
     */
    public void save(YearMonth month, List<CheckedHousehold> households, List<VerificationResult> results) {
        String m = month.toString();
        Map<Program, ProgramCheck> programs = new EnumMap<>(Program.class);
        for (int i = 0; i < households.size(); i++) {
            ProgramCheck check = ProgramCheck.of(results.get(i));
            ProgramCheck first = programs.computeIfAbsent(households.get(i).program(), p -> check);
            if (!first.equals(check)) {
                throw new IllegalStateException("households of " + households.get(i).program() + " verified differently: "
                        + first + " / " + check);
            }
        }
        jdbc.update("DELETE FROM household_flag WHERE month = ?", m);
        jdbc.update("DELETE FROM program_check WHERE month = ?", m);
        programs.forEach((program, c) -> jdbc.update("INSERT INTO program_check (month, program, verified, checks_skipped,"
                + " reference_months) VALUES (?, ?, ?, ?, ?)", m, program.name(), c.verified(), c.skipped(), c.snapshots()));
        List<Map.Entry<Integer, Flag>> flags = new ArrayList<>();
        for (int i = 0; i < results.size(); i++) {
            for (Flag flag : results.get(i).flags().keySet()) {
                flags.add(Map.entry(i, flag));
            }
        }
        bulk.insert(HOUSEHOLD_FLAG, flags, f -> {
            CheckedHousehold h = households.get(f.getKey());
            return new Object[] {m, h.street(), h.program().name(), h.householdId(), f.getValue().name(),
                cut(results.get(f.getKey()).flags().get(f.getValue()), 2000)};
        });
    }

    /** What a verification result says besides its flags: one value per program and month. */
    private record ProgramCheck(boolean verified, String skipped, String snapshots) {
        static ProgramCheck of(VerificationResult r) {
            return new ProgramCheck(r.verified(), cut(String.join(",", r.checksSkipped()), 400), CheckStore.snapshots(r));
        }
    }

    private static String snapshots(VerificationResult r) {
        return r.snapshots().entrySet().stream().map(e -> e.getKey().fileStem() + "=" + e.getValue())
                .collect(Collectors.joining(","));
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
