package org.civilaffairs.reconcile.aggregate;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.civilaffairs.reconcile.checks.Flag;
import org.civilaffairs.reconcile.identity.Household;
import org.civilaffairs.reconcile.ingest.InboxFiles;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Reads what a month's aggregate needs and replaces the month's rows of {@code monthly_aggregate}. */
@Repository
public class AggregateStore {

    static final String FLAG_COLUMNS = Arrays.stream(Flag.values()).map(Flag::column).collect(Collectors.joining(", "));

    private final JdbcTemplate jdbc;

    public AggregateStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public AggregateInput.Month input(YearMonth month) {
        String m = month.toString();
        Set<String> verified = new HashSet<>(jdbc.queryForList("SELECT program FROM program_check WHERE month = ?"
                + " AND verified = TRUE", String.class, m));
        Map<String, Set<Flag>> flags = new HashMap<>();
        jdbc.query("SELECT street, program, household_id, flag FROM household_flag WHERE month = ?", rs -> {
            flags.computeIfAbsent(Household.key(rs.getString(1), rs.getString(2), rs.getString(3)),
                    k -> EnumSet.noneOf(Flag.class)).add(Flag.valueOf(rs.getString(4)));
        }, m);
        List<AggregateInput.HouseholdFacts> households = jdbc.query("SELECT street, program, household_id, head_key, amount"
                + " FROM household WHERE month = ?", (rs, i) -> {
                    String street = rs.getString(1).intern();
                    String program = rs.getString(2).intern();
                    String id = rs.getString(3);
                    return new AggregateInput.HouseholdFacts(street, program, id, rs.getString(4), rs.getBigDecimal(5),
                            verified.contains(program), flags.getOrDefault(Household.key(street, program, id), Set.of()));
                }, m);
        List<AggregateInput.Member> members = new ArrayList<>();
        List<AggregateInput.Reject> rejects = new ArrayList<>();
        // One pass over the month's staged rows for both: on H2 reading a wide row costs the same for any column.
        jdbc.query("SELECT street, program, person_key, outcome, street_known, program_known FROM roster_row WHERE "
                + InboxFiles.CURRENT_ROWS + " AND outcome IN ('LOADED', 'REJECTED') AND superseded = FALSE", rs -> {
                    String street = rs.getString(1).intern();
                    String program = rs.getString(2).intern();
                    if (rs.getString(4).equals("LOADED")) {
                        members.add(new AggregateInput.Member(street, program, rs.getString(3)));
                    } else if (rs.getBoolean(5) && rs.getBoolean(6)) {
                        rejects.add(new AggregateInput.Reject(street, program));
                    }
                }, m);
        List<AggregateInput.PreviousHousehold> previous = jdbc.query("SELECT street, program, head_key FROM household"
                        + " WHERE month = ?", (rs, i) -> new AggregateInput.PreviousHousehold(rs.getString(1), rs.getString(2),
                rs.getString(3)), month.minusMonths(1).toString());
        return new AggregateInput.Month(m, households, members, rejects, previous.isEmpty() ? null : previous);
    }

    public void replace(YearMonth month, List<AggregateRow> rows) {
        jdbc.update("DELETE FROM monthly_aggregate WHERE month = ?", month.toString());
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
