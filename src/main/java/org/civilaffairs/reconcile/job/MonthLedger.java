package org.civilaffairs.reconcile.job;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import org.civilaffairs.reconcile.UsageError;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * How far each month has gone through the stages (0 resolve, 1 check, 2 aggregate, 3 closed).
 * New input sends a month back to the stage it invalidates; each stage moves it forward in the
 * same transaction as its writes, so a crash or a re-run never counts anything twice.
 */
@Repository
public class MonthLedger {

    public static final int RESOLVE = 0;
    public static final int CHECK = 1;
    public static final int AGGREGATE = 2;
    public static final int CLOSED = 3;

    private final JdbcTemplate jdbc;

    public MonthLedger(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A roster of M changes M; a reference of M may change M and every later month that carries it forward. */
    public void newInput(YearMonth month, boolean roster) {
        if (jdbc.update("UPDATE month_state SET stage = ? WHERE month = ?", RESOLVE, month.toString()) == 0) {
            jdbc.update("INSERT INTO month_state (month, stage) VALUES (?, ?)", month.toString(), RESOLVE);
        }
        if (!roster) {
            jdbc.update("UPDATE month_state SET stage = ? WHERE month > ?", RESOLVE, month.toString());
        }
    }

    /** Sends a month back to an earlier stage (never forward). */
    public void reopen(YearMonth month, int stage) {
        jdbc.update("UPDATE month_state SET stage = ? WHERE month = ? AND stage > ?", stage, month.toString(), stage);
    }

    /** Months closed under another policy are checked again. */
    public void reopenOtherPolicies(String policySha) {
        jdbc.update("UPDATE month_state SET stage = ? WHERE stage > ? AND (policy_sha IS NULL OR policy_sha <> ?)",
                CHECK, CHECK, policySha);
    }

    /** The months waiting at a stage, oldest first. */
    public List<YearMonth> allAt(int stage) {
        return jdbc.queryForList("SELECT month FROM month_state WHERE stage = ? ORDER BY month", String.class, stage)
                .stream().map(YearMonth::parse).toList();
    }

    /**
     * Moves a month to {@code toStage}. The month's policy is the one its checks ran under: set when
     * the check stage ends, kept when only its aggregate is redone (after a re-close of M−1). A close
     * counts in {@code closings}.
     */
    public void advance(YearMonth month, int toStage, String policySha) {
        Timestamp closedAt = toStage == CLOSED ? Timestamp.from(Instant.now()) : null;
        if (toStage == AGGREGATE) {
            jdbc.update("UPDATE month_state SET stage = ?, policy_sha = ?, closed_at = ? WHERE month = ?", toStage, policySha,
                    closedAt, month.toString());
        } else {
            jdbc.update("UPDATE month_state SET stage = ?, closed_at = ?, closings = closings + ? WHERE month = ?", toStage, closedAt,
                    toStage == CLOSED ? 1 : 0, month.toString());
        }
    }

    /**
     * Refuses a period (a month, or a year) with a month that is not closed: a run stopped or failed
     * in it, or is at it now, and what was written of it is partial.
     */
    public void requireClosed(String period) {
        jdbc.queryForList("SELECT month FROM month_state WHERE stage < ? AND month LIKE ? ORDER BY month", String.class, CLOSED,
                period + "%").stream().findFirst().ifPresent(month -> {
                    throw new UsageError("month " + month + " is not closed: a run stopped or failed in it, or is at it now, and"
                            + " what it wrote is partial ('status' says which run; 'restart N' finishes it)");
                });
    }

    public boolean known(YearMonth month) {
        Integer n = jdbc.queryForObject("SELECT COUNT(*) FROM month_state WHERE month = ?", Integer.class, month.toString());
        return n != null && n > 0;
    }
}
