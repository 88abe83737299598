package org.civilaffairs.reconcile.simulate;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.time.YearMonth;
import org.civilaffairs.reconcile.checks.Flag;
import org.civilaffairs.reconcile.identity.Household;
import org.civilaffairs.reconcile.ops.ProcessCheck;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Reads the flags a month was closed with; records every simulation in {@code simulation_audit}, its only write. */
@Repository
class SimulationStore {

    private final JdbcTemplate jdbc;

    SimulationStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Each flagged household of the month ({@link Household#key}) with its flags and their evidence. */
    Map<String, SortedMap<Flag, String>> closedFlags(YearMonth month) {
        Map<String, SortedMap<Flag, String>> flags = new HashMap<>();
        jdbc.query("SELECT street, program, household_id, flag, evidence FROM household_flag WHERE month = ?", rs -> {
            flags.computeIfAbsent(Household.key(rs.getString(1), rs.getString(2), rs.getString(3)), k -> new TreeMap<>())
                    .put(Flag.valueOf(rs.getString(4)), rs.getString(5));
        }, month.toString());
        return flags;
    }

    /** Who simulated which period under which draft (its path and digest), and what came out. */
    void record(String period, String draftPath, String draftSha, String format, String destination, int changed) {
        jdbc.update("INSERT INTO simulation_audit (simulated_at, os_user, host, period, draft_policy, draft_sha256, format,"
                        + " destination, changed_households) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                Timestamp.from(Instant.now()), System.getProperty("user.name", "unknown"), ProcessCheck.hostName(), period,
                cut(draftPath), draftSha, format, cut(destination), changed);
    }

    private static String cut(String text) {
        return text.length() <= 2000 ? text : text.substring(0, 2000);
    }
}
