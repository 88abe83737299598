package org.civilaffairs.reconcile.checks;

import java.sql.Types;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.civilaffairs.reconcile.db.BulkInsert;
import org.civilaffairs.reconcile.identity.ResolutionStore;
import org.civilaffairs.reconcile.identity.SharedEnrollments;
import org.civilaffairs.reconcile.partition.StreetBucket;
import org.civilaffairs.reconcile.policy.Program;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Reads a partition's households with their members; writes verification results and flag evidence. */
@Repository
public class CheckStore {

    private static final BulkInsert.Table HOUSEHOLD_FLAG = new BulkInsert.Table("household_flag", List.of("month", "street",
            "program", "household_id", "flag", "evidence"), new int[] {Types.CHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR,
                Types.VARCHAR, Types.VARCHAR});

    private final JdbcTemplate jdbc;
    private final BulkInsert bulk;
    private final ResolutionStore resolved;
    private final SharedEnrollments shared;

    public CheckStore(JdbcTemplate jdbc, BulkInsert bulk, ResolutionStore resolved, SharedEnrollments shared) {
        this.jdbc = jdbc;
        this.bulk = bulk;
        this.resolved = resolved;
        this.shared = shared;
    }

    /** The streets of the partition that resolve wrote for in the month (every street with households), sorted. */
    public List<String> streets(StreetBucket part) {
        return part.select(resolved.streets(part.month().toString()));
    }

    /** The households of the given streets with their distinct members ({@link ResolutionStore#households}). */
    public List<CheckedHousehold> households(YearMonth month, List<String> streets) {
        if (streets.isEmpty()) {
            return List.of();
        }
        List<CheckedHousehold> out = new ArrayList<>();
        resolved.households(month, streets, (street, program, householdId, headKey, amount, declaredIncome, members) -> out.add(
                new CheckedHousehold(month, street.intern(), Program.valueOf(program), householdId, headKey,
                        members, amount, declaredIncome)));
        // sorted here: a database sorts a partition's hundreds of thousands of rows on disk
        out.sort(Comparator.comparing(CheckedHousehold::street).thenComparing(h -> h.program().name())
                .thenComparing(CheckedHousehold::householdId));
        return out;
    }

    /**
     * The enrollments, in every street, of the persons of the given streets enrolled more than once
     * in the month: a person enrolled once is in no other household, so these are all the
     * enrollments the duplicate and BASIC-membership rules can find beyond the household itself.
     * A person enrolled in two of the streets is read twice, and kept once ({@link Enrollments#sort}).
     */
    public Enrollments sharedEnrollments(YearMonth month, List<String> streets) {
        Enrollments enrollments = new Enrollments();
        shared.read(month, streets, (street, personKey, enrolledStreet, program, householdId) -> enrollments.add(personKey,
                new Enrollments.Enrollment(enrolledStreet.intern(), Program.valueOf(program), householdId)));
        enrollments.sort();
        return enrollments;
    }

    /** Replaces the flags of the given streets with the flags of their households' results. */
    public void saveFlags(YearMonth month, List<String> streets, List<CheckedHousehold> households,
                          List<VerificationResult> results) {
        String m = month.toString();
        streets.forEach(street -> jdbc.update("DELETE FROM household_flag WHERE month = ? AND street = ?", m, street));
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

    /**
     * Writes what the month's verification says besides its flags, once per program that has
     * households: it is the same for every household of a program ({@link HouseholdChecker#withFlags}).
     * Rewriting every household of a city's month cost more than all the rules together.
     */
    public void saveProgramChecks(YearMonth month, ReferenceFacts deliveries) {
        String m = month.toString();
        jdbc.update("DELETE FROM program_check WHERE month = ?", m);
        for (String program : jdbc.queryForList("SELECT DISTINCT program FROM resolve_count WHERE month = ? AND households > 0"
                + " ORDER BY program", String.class, m)) {
            ProgramCheck c = ProgramCheck.of(HouseholdChecker.withFlags(Program.valueOf(program), deliveries, new TreeMap<>()));
            jdbc.update("INSERT INTO program_check (month, program, verified, checks_skipped, reference_months)"
                    + " VALUES (?, ?, ?, ?, ?)", m, program, c.verified(), c.skipped(), c.snapshots());
        }
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
