package org.civilaffairs.reconcile.ingest;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.civilaffairs.reconcile.policy.Policy;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The streets a month's loaded rosters name, as they were read (from the streets ingest listed for
 * each file), set against a policy's street list. A street list edited after the rosters were read
 * applies to the rosters read after it; the month's own rows keep the reading they got until the
 * month is read again ({@code rerun-month --reread-rosters}). {@code simulate} shows a draft's
 * difference; a run that re-checks a month under a policy whose list reads it otherwise says so.
 */
@Repository
public class RosterStreets {

    private static final String STREETS = "SELECT s.street, s.street_known, SUM(s.staged_rows) FROM roster_file_street s"
            + " JOIN inbox_file f ON f.id = s.file_id WHERE " + InboxFiles.CURRENT_FILES
            + " GROUP BY s.street, s.street_known";
    /** The rows of the month's known streets written with an alias, by street and alias. */
    private static final String ALIASES = "SELECT p.street, p.spelling, SUM(p.staged_rows) FROM roster_file_spelling p"
            + " JOIN inbox_file f ON f.id = p.file_id WHERE " + InboxFiles.CURRENT_FILES + " GROUP BY p.street, p.spelling";
    /** The months whose check step partitions ({@code check:2019-07:bucket-00}) one job instance completed. */
    private static final String CHECKED_MONTHS = "SELECT DISTINCT SUBSTRING(s.STEP_NAME, 7, 7) FROM BATCH_STEP_EXECUTION s"
            + " JOIN BATCH_JOB_EXECUTION e ON e.JOB_EXECUTION_ID = s.JOB_EXECUTION_ID WHERE e.JOB_INSTANCE_ID = ?"
            + " AND s.STEP_NAME LIKE 'check:%:%' AND s.STATUS = 'COMPLETED' ORDER BY 1";
    /** Streets a notice names before it says how many more. */
    private static final int NAMED = 5;

    private final JdbcTemplate jdbc;

    public RosterStreets(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The month's street spellings that the policy reads otherwise than their reading did: known to it
     * and rejected then, or the other way round, or read under another canonical name; by spelling.
     */
    public List<StreetListChange> readOtherwise(YearMonth month, Policy policy) {
        Map<String, Map<String, Long>> aliases = new HashMap<>();
        jdbc.query(ALIASES, rs -> {
            aliases.computeIfAbsent(rs.getString(1), k -> new HashMap<>()).put(rs.getString(2), rs.getLong(3));
        }, month.toString());
        List<StreetListChange> read = new ArrayList<>();
        jdbc.query(STREETS, rs -> {
            String street = rs.getString(1);
            boolean known = rs.getBoolean(2);
            Map<String, Long> spelled = known ? aliases.getOrDefault(street, Map.of()) : Map.of();
            String readAs = known ? street : "";
            long asNamed = rs.getLong(3) - spelled.values().stream().mapToLong(Long::longValue).sum();
            if (asNamed > 0) {
                read.add(reading(month, street, readAs, asNamed, policy));
            }
            spelled.forEach((spelling, rows) -> read.add(reading(month, spelling, readAs, rows, policy)));
        }, month.toString());
        return read.stream().filter(c -> !c.readAs().equals(c.policyName()))
                .sorted(Comparator.comparing(StreetListChange::written)) // in Java: the databases' collations differ
                .toList();
    }

    /**
     * The notices of the months the executions of one job instance checked (a month is checked when
     * it is closed) whose rosters the policy's street list reads otherwise: a run after the list was
     * edited, which re-checks every month under it, tells once which months to read again.
     */
    public List<InputWarning> notices(long jobInstanceId, Policy policy) {
        List<InputWarning> notices = new ArrayList<>();
        for (String checked : jdbc.queryForList(CHECKED_MONTHS, String.class, jobInstanceId)) {
            YearMonth month = YearMonth.parse(checked);
            List<StreetListChange> changes = readOtherwise(month, policy);
            if (!changes.isEmpty()) {
                notices.add(notice(month, changes));
            }
        }
        return notices;
    }

    private static StreetListChange reading(YearMonth month, String written, String readAs, long rows, Policy policy) {
        return new StreetListChange(month, written, readAs, rows, policy.street(written).orElse(""));
    }

    /** {@code rejected when read, now 汉正街}, {@code read as 汉正街, no longer listed}, {@code no longer listed}. */
    private static String readings(StreetListChange c) {
        String then = !c.wasKnown() ? "rejected when read" : c.readAs().equals(c.written()) ? "" : "read as " + c.readAs();
        String now = c.knownToPolicy() ? "now " + c.policyName() : "no longer listed";
        return then.isEmpty() ? now : then + ", " + now;
    }

    /** The notice of a month re-checked under a policy whose street list reads its rosters otherwise. */
    static InputWarning notice(YearMonth month, List<StreetListChange> changes) {
        long rows = changes.stream().mapToLong(StreetListChange::rows).sum();
        String named = changes.stream().limit(NAMED).map(c -> c.rows() + " naming '" + c.written() + "' (" + readings(c) + ")")
                .collect(Collectors.joining(", ")) + (changes.size() > NAMED ? ", …" : "");
        boolean dropped = changes.stream().anyMatch(c -> !c.knownToPolicy());
        return new InputWarning(month.toString(), "the policy's street list reads " + rows + " rows of its rosters otherwise"
                + " than when they were read: " + named, "'rerun-month " + month + " --reread-rosters' reads the month's rosters"
                + " again under it" + (dropped ? " (a street dropped on purpose needs nothing: its rows were read while it was"
                + " listed)" : ""));
    }
}
