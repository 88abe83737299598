package org.civilaffairs.reconcile.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What one measured run did, read back from Spring Batch's step table, the file table and the run's log. */
record RunReport(List<Step> steps, long rosterRows, long hukouRows, long otherRows) {

    /** One row of BATCH_STEP_EXECUTION, with its start and end in the log (null when the log lacks them). */
    record Step(String name, double seconds, long read, long write, LocalTime started, LocalTime ended) {
    }

    /** A step's start or end line (not its partitions'), with the time of day the log line begins with. */
    private static final Pattern STEP_LINE = Pattern.compile(
            "^(?:(\\d\\d:\\d\\d:\\d\\d\\.\\d{3}) )?.*(?:Executing step: \\[(\\w+)]$|Step: \\[(\\w+)] executed in (\\S+))");
    private static final Pattern DURATION_PART = Pattern.compile("(\\d+)(h|ms|m|s)");

    /** The run just measured, on a database that may hold earlier ones ({@code benchmark --months}). */
    private static final String LATEST = "(SELECT MAX(JOB_EXECUTION_ID) FROM BATCH_JOB_EXECUTION)";

    /**
     * Counts come from BATCH_STEP_EXECUTION (a partitioned step's own row sums its partitions'); durations from Spring Batch's "executed in" log lines
     * when present, because MySQL Connector/J drops the fractional seconds of its timestamps on MariaDB.
     */
    static RunReport read(Connection c, Path log) throws SQLException, IOException {
        Map<String, Logged> logged = logged(Files.readAllLines(log, StandardCharsets.UTF_8));
        List<Step> steps = new ArrayList<>();
        long[] rows = new long[3];
        try (Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT STEP_NAME, START_TIME, END_TIME, READ_COUNT, WRITE_COUNT"
                    + " FROM BATCH_STEP_EXECUTION WHERE STEP_NAME NOT LIKE '%:%' AND JOB_EXECUTION_ID = " + LATEST
                    + " ORDER BY STEP_EXECUTION_ID")) {
                while (rs.next()) {
                    double stored = (rs.getTimestamp(3).getTime() - rs.getTimestamp(2).getTime()) / 1000.0;
                    Logged step = logged.getOrDefault(rs.getString(1), Logged.NOTHING);
                    steps.add(new Step(rs.getString(1), step.seconds() == null ? stored : step.seconds(), rs.getLong(4), rs.getLong(5),
                            step.started(), step.ended()));
                }
            }
            try (ResultSet rs = s.executeQuery("SELECT kind, SUM(rows_read) FROM inbox_file WHERE job_execution_id = " + LATEST
                    + " GROUP BY kind")) {
                while (rs.next()) {
                    rows["roster".equals(rs.getString(1)) ? 0 : "hukou".equals(rs.getString(1)) ? 1 : 2] += rs.getLong(2);
                }
            }
        }
        return new RunReport(steps, rows[0], rows[1], rows[2]);
    }

    /** What the log says of a step: when it started and ended, and the duration its end line gives (each null when missing). */
    record Logged(LocalTime started, LocalTime ended, Double seconds) {

        static final Logged NOTHING = new Logged(null, null, null);

        /** This, with what a later line of the same step says. */
        Logged then(Logged later) {
            return new Logged(later.started != null ? later.started : started, later.ended != null ? later.ended : ended,
                    later.seconds != null ? later.seconds : seconds);
        }
    }

    /** Each step's (not its partitions') "Executing step" and "executed in" lines, read in one pass. */
    static Map<String, Logged> logged(List<String> lines) {
        Map<String, Logged> logged = new HashMap<>();
        for (String line : lines) {
            Matcher m = STEP_LINE.matcher(line);
            if (m.find()) {
                LocalTime at = m.group(1) == null ? null : LocalTime.parse(m.group(1));
                logged.merge(m.group(2) != null ? m.group(2) : m.group(3), m.group(2) != null ? new Logged(at, null, null)
                        : new Logged(null, at, seconds(m.group(4))), Logged::then);
            }
        }
        return logged;
    }

    /**
     * Input rows a step goes through: every file for scan, the rosters for ingest (of a reference file
     * it reads the header), rosters and registry for the registry extraction, the other sources for
     * theirs, and the rosters for the steps after them.
     */
    long rowsOf(String step) {
        return switch (step) {
            case "scan" -> rosterRows + hukouRows + otherRows;
            case "ingest" -> rosterRows;
            case "registry" -> rosterRows + hukouRows;
            case "references" -> otherRows;
            case "resolve", "check", "aggregate", "link" -> rosterRows;
            default -> 0;
        };
    }

    /** Seconds of the ingest step, which stages the rosters (of a reference file it reads the header only). */
    double rosterIngestSeconds() {
        return steps.stream().filter(s -> s.name().equals("ingest")).mapToDouble(Step::seconds).sum();
    }

    /** Spring Batch's duration text: {@code 1m2s345ms}. */
    private static double seconds(String text) {
        double seconds = 0;
        Matcher m = DURATION_PART.matcher(text);
        while (m.find()) {
            long n = Long.parseLong(m.group(1));
            seconds += switch (m.group(2)) {
                case "h" -> n * 3600.0;
                case "m" -> n * 60.0;
                case "s" -> n;
                default -> n / 1000.0;
            };
        }
        return seconds;
    }
}
