package org.civilaffairs.reconcile.aggregate;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.civilaffairs.reconcile.db.InList;
import org.civilaffairs.reconcile.db.LargeResults;
import org.civilaffairs.reconcile.db.SideBySide;
import org.civilaffairs.reconcile.checks.Flag;
import org.civilaffairs.reconcile.identity.Household;
import org.civilaffairs.reconcile.identity.ResolutionStore;
import org.civilaffairs.reconcile.identity.SharedEnrollments;
import org.civilaffairs.reconcile.partition.StreetBucket;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Reads what a partition's aggregate rows need and replaces them; then the month's 全区 roll-up. */
@Repository
public class AggregateStore {

    static final String FLAG_COLUMNS = Arrays.stream(Flag.values()).map(Flag::column).collect(Collectors.joining(", "));

    private final JdbcTemplate jdbc;
    private final ResolutionStore resolved;
    private final SharedEnrollments shared;

    public AggregateStore(JdbcTemplate jdbc, ResolutionStore resolved, SharedEnrollments shared) {
        this.jdbc = jdbc;
        this.resolved = resolved;
        this.shared = shared;
    }

    /**
     * The streets of the partition that have or had anything to aggregate: households in M or M−1,
     * counted rejects, or an aggregate row written before.
     */
    public List<String> streets(StreetBucket part) {
        String m = part.month().toString();
        Set<String> streets = new HashSet<>(resolved.streets(m, part.month().minusMonths(1).toString()));
        streets.addAll(jdbc.queryForList("SELECT DISTINCT street FROM monthly_aggregate WHERE month = ? AND street <> ?",
                String.class, m, AggregateRow.DISTRICT));
        return part.select(streets);
    }

    /** What the aggregate rows of the given streets are computed from. */
    public AggregateInput.Month input(YearMonth month, List<String> streets) {
        String m = month.toString();
        String previousMonth = month.minusMonths(1).toString();
        boolean previousExists = !jdbc.queryForList("SELECT month FROM household WHERE month = ? LIMIT 1", String.class,
                previousMonth).isEmpty();
        if (streets.isEmpty()) {
            return new AggregateInput.Month(m, List.of(), List.of(), List.of(), previousExists ? List.of() : null);
        }
        String in = " AND street IN (" + InList.marks(streets.size()) + ")";
        Object[] args = arguments(m, streets);
        Set<String> verified = new HashSet<>(jdbc.queryForList("SELECT program FROM program_check WHERE month = ?"
                + " AND verified = TRUE", String.class, m));
        Map<String, Set<Flag>> flags = new HashMap<>();
        LargeResults.queryStreets(jdbc, "SELECT street, program, household_id, flag FROM household_flag WHERE month = ?", rs -> {
            flags.computeIfAbsent(Household.key(rs.getString(1), rs.getString(2), rs.getString(3)),
                    k -> EnumSet.noneOf(Flag.class)).add(Flag.valueOf(rs.getString(4)));
        }, m, streets);
        List<AggregateInput.HouseholdFacts> households = new ArrayList<>();
        List<AggregateInput.Member> members = new ArrayList<>();
        resolved.households(month, streets, (street, program, id, headKey, amount, declaredIncome, keys) -> {
            String inStreet = street.intern();
            String ofProgram = program.intern();
            households.add(new AggregateInput.HouseholdFacts(inStreet, ofProgram, id, headKey, amount,
                    verified.contains(ofProgram), flags.getOrDefault(Household.key(inStreet, ofProgram, id), Set.of())));
            keys.forEach(key -> members.add(new AggregateInput.Member(inStreet, ofProgram, key)));
        });
        List<AggregateInput.Reject> rejects = new ArrayList<>();
        jdbc.query("SELECT street, program, SUM(counted_rejects) FROM resolve_count WHERE month = ?" + in
                + " GROUP BY street, program", rs -> {
                    AggregateInput.Reject reject = new AggregateInput.Reject(rs.getString(1), rs.getString(2));
                    rejects.addAll(Collections.nCopies(rs.getInt(3), reject));
                }, args);
        List<AggregateInput.PreviousHousehold> previous = new ArrayList<>();
        resolved.households(month.minusMonths(1), streets, (street, program, id, headKey, amount, declaredIncome, keys) ->
                previous.add(new AggregateInput.PreviousHousehold(street, program, headKey)));
        return new AggregateInput.Month(m, households, members, rejects, previousExists ? previous : null);
    }

    /** Replaces the aggregate rows of the given streets. */
    public void replace(YearMonth month, List<String> streets, List<AggregateRow> rows) {
        streets.forEach(street -> jdbc.update("DELETE FROM monthly_aggregate WHERE month = ? AND street = ?",
                month.toString(), street));
        insert(rows);
    }

    /**
     * The 全区 roll-up of every program, once every street's rows are written: the street rows
     * summed, the persons distinct across streets, and new and exited households by head across
     * the district (null when M−1 has no rosters).
     */
    public void replaceDistrict(YearMonth month) {
        String m = month.toString();
        String previousMonth = month.minusMonths(1).toString();
        jdbc.update("DELETE FROM monthly_aggregate WHERE month = ? AND street = ?", m, AggregateRow.DISTRICT);
        Map<String, Integer> repeats = shared.personsInSeveralStreets(month);
        boolean previousExists = !jdbc.queryForList("SELECT month FROM household WHERE month = ? LIMIT 1", String.class,
                previousMonth).isEmpty();
        SideBySide.Both<MonthHeads, MonthHeads> heads = previousExists
                ? SideBySide.read(() -> heads(m), () -> heads(previousMonth)) : null;
        Map<String, Integer> added = previousExists ? heads.first().headedByNoneOf(heads.second()) : null;
        Map<String, Integer> exited = previousExists ? heads.second().headedByNoneOf(heads.first()) : null;
        String flagSums = Arrays.stream(Flag.values()).map(f -> "SUM(" + f.column() + ")").collect(Collectors.joining(", "));
        List<AggregateRow> rows = jdbc.query("SELECT program, SUM(households), SUM(amount), SUM(verified_households),"
                + " SUM(flagged_households), SUM(flagged_amount), SUM(rejected_rows), " + flagSums + ", SUM(persons)"
                + " FROM monthly_aggregate WHERE month = ? AND street <> ? GROUP BY program", (rs, i) -> {
                    String program = rs.getString(1);
                    Map<Flag, Integer> flagCounts = new EnumMap<>(Flag.class);
                    int column = 8;
                    for (Flag f : Flag.values()) {
                        flagCounts.put(f, rs.getInt(column++));
                    }
                    int persons = rs.getInt(column) - repeats.getOrDefault(program, 0);
                    return new AggregateRow(m, AggregateRow.DISTRICT, program, rs.getInt(2), persons,
                            rs.getBigDecimal(3), added == null ? null : added.getOrDefault(program, 0),
                            exited == null ? null : exited.getOrDefault(program, 0), rs.getInt(4), rs.getInt(5),
                            rs.getBigDecimal(6), rs.getInt(7), flagCounts);
                }, m, AggregateRow.DISTRICT);
        insert(rows);
    }

    /** The heads of a month's households, read once along the primary key (no index on heads, see {@link MonthHeads}). */
    private MonthHeads heads(String month) {
        MonthHeads heads = new MonthHeads();
        LargeResults.query(jdbc, "SELECT program, head_key FROM household WHERE month = ?", rs -> {
            heads.add(rs.getString(1), rs.getString(2));
        }, month);
        return heads;
    }

    private static Object[] arguments(String month, List<String> streets) {
        List<Object> args = new ArrayList<>(streets.size() + 1);
        args.add(month);
        args.addAll(streets);
        return args.toArray();
    }

    private void insert(List<AggregateRow> rows) {
        String marks = ", ?".repeat(Flag.values().length);
        jdbc.batchUpdate("INSERT INTO monthly_aggregate (month, street, program, households, persons, amount, new_households,"
                + " exited_households, verified_households, flagged_households, flagged_amount, rejected_rows, " + FLAG_COLUMNS
                + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?" + marks + ")", rows, 500, (ps, r) -> {
                    ps.setString(1, r.month());
                    ps.setString(2, r.street());
                    ps.setString(3, r.program());
                    ps.setInt(4, r.households());
                    ps.setInt(5, r.persons());
                    ps.setBigDecimal(6, r.amount());
                    ps.setObject(7, r.newHouseholds(), java.sql.Types.INTEGER);
                    ps.setObject(8, r.exitedHouseholds(), java.sql.Types.INTEGER);
                    ps.setInt(9, r.verifiedHouseholds());
                    ps.setInt(10, r.flaggedHouseholds());
                    ps.setBigDecimal(11, r.flaggedAmount());
                    ps.setInt(12, r.rejectedRows());
                    int i = 13;
                    for (Flag f : Flag.values()) {
                        ps.setInt(i++, r.flagCounts().get(f));
                    }
                });
    }
}
