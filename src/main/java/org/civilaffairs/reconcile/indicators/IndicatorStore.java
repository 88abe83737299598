package org.civilaffairs.reconcile.indicators;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.civilaffairs.reconcile.aggregate.AggregateRow;
import org.civilaffairs.reconcile.checks.Flag;
import org.civilaffairs.reconcile.db.LargeResults;
import org.civilaffairs.reconcile.db.SideBySide;
import org.civilaffairs.reconcile.indicators.IndicatorCalculator.FlaggedExits;
import org.civilaffairs.reconcile.job.MonthLedger;
import org.civilaffairs.reconcile.policy.Program;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Reads the year's inputs of the indicators and replaces the year's rows of {@code indicator_value}. */
@Repository
public class IndicatorStore {

    /** The BASIC programs as an SQL list: {@code ('RURAL_DIBAO', 'TEKUN', 'URBAN_DIBAO')}. */
    private static final String BASIC_PROGRAMS = IndicatorCalculator.BASIC.stream().sorted()
            .map(code -> "'" + code + "'").collect(Collectors.joining(", ", "(", ")"));

    private final JdbcTemplate jdbc;

    public IndicatorStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Months that have any registered file: "present in the inbox". */
    public List<YearMonth> months() {
        return jdbc.queryForList("SELECT DISTINCT month FROM inbox_file ORDER BY month", String.class).stream()
                .map(YearMonth::parse).toList();
    }

    public List<AggregateRow> districtRows(int year) {
        return jdbc.query("SELECT month, program, households, amount, new_households, exited_households, verified_households,"
                        + " flagged_amount FROM monthly_aggregate WHERE street = ? AND month LIKE ?",
                (rs, i) -> new AggregateRow(rs.getString(1), AggregateRow.DISTRICT, rs.getString(2), rs.getInt(3), 0,
                        rs.getBigDecimal(4), (Integer) rs.getObject(5, Integer.class), rs.getObject(6, Integer.class),
                        rs.getInt(7), 0, rs.getBigDecimal(8), 0, new EnumMap<>(Flag.class)),
                AggregateRow.DISTRICT, year + "-%");
    }

    /**
     * The flagged exits of M ({@link FlaggedExits}): as counted for the latest closes of M and M+1 when
     * both are closed and were counted so; else counted again, and kept when both are closed. Counting
     * reads every head of M+1, so a year's indicators count only the months closed since.
     */
    public FlaggedExits flaggedExits(YearMonth month) {
        Optional<Closes> closes = closes(month);
        Optional<FlaggedExits> kept = closes.flatMap(c -> jdbc.query("SELECT flagged, exited FROM flagged_exit"
                        + " WHERE month = ? AND closing = ? AND next_closing = ?",
                (rs, i) -> new FlaggedExits(rs.getLong(1), rs.getLong(2)), month.toString(), c.month(), c.next()).stream().findFirst());
        if (kept.isPresent()) {
            return kept.get();
        }
        FlaggedExits counted = count(month);
        closes.ifPresent(c -> {
            jdbc.update("DELETE FROM flagged_exit WHERE month = ?", month.toString());
            jdbc.update("INSERT INTO flagged_exit (month, closing, next_closing, flagged, exited) VALUES (?, ?, ?, ?, ?)",
                    month.toString(), c.month(), c.next(), counted.flagged(), counted.exited());
        });
        return counted;
    }

    /** How many times M and M+1 were closed, when both are closed now. */
    private Optional<Closes> closes(YearMonth month) {
        return jdbc.query("SELECT m.closings, n.closings FROM month_state m JOIN month_state n ON n.month = ?"
                        + " WHERE m.month = ? AND m.stage = ? AND n.stage = ?", (rs, i) -> new Closes(rs.getInt(1), rs.getInt(2)),
                month.plusMonths(1).toString(), month.toString(), MonthLedger.CLOSED, MonthLedger.CLOSED).stream().findFirst();
    }

    private record Closes(int month, int next) {
    }

    /** BASIC households flagged in M (not for ID_UNRESOLVED alone), and those whose head heads none of the program in M+1. */
    private FlaggedExits count(YearMonth month) {
        SideBySide.Both<List<ProgramHead>, Set<ProgramHead>> flaggedAndNext = SideBySide.read(() -> flaggedHeads(month),
                () -> basicHeads(month.plusMonths(1)));
        FlaggedExits counted = FlaggedExits.NONE;
        for (ProgramHead head : flaggedAndNext.first()) {
            counted = counted.plus(!flaggedAndNext.second().contains(head));
        }
        return counted;
    }

    /** The heads of M's flagged BASIC households, a household each, as {@link #basicHeads} gives them. */
    private List<ProgramHead> flaggedHeads(YearMonth month) {
        List<ProgramHead> heads = new ArrayList<>();
        LargeResults.query(jdbc, "SELECT DISTINCT h.street, h.program, h.household_id, h.head_key FROM household_flag f JOIN household h"
                + " ON h.month = f.month AND h.street = f.street AND h.program = f.program AND h.household_id = f.household_id"
                + " WHERE f.month = ? AND f.flag <> 'ID_UNRESOLVED' AND f.program IN " + BASIC_PROGRAMS,
                rs -> {
                    heads.add(new ProgramHead(Program.valueOf(rs.getString(2)), rs.getString(4)));
                }, month.toString());
        return heads;
    }

    /**
     * The heads of a month's BASIC households: all a flagged exit asks of M+1 (about half of its households).
     */
    public Set<ProgramHead> basicHeads(YearMonth month) {
        Set<ProgramHead> heads = new HashSet<>();
        LargeResults.query(jdbc, "SELECT program, head_key FROM household WHERE month = ? AND program IN " + BASIC_PROGRAMS,
                rs -> {
                    heads.add(new ProgramHead(Program.valueOf(rs.getString(1)), rs.getString(2)));
                }, month.toString());
        return heads;
    }

    public void replace(int year, List<IndicatorValue> values) {
        jdbc.update("DELETE FROM indicator_value WHERE year = ?", year);
        int position = 0;
        for (IndicatorValue v : values) {
            jdbc.update("INSERT INTO indicator_value (year, code, position, indicator_value, target, completion_rate)"
                    + " VALUES (?, ?, ?, ?, ?, ?)", year, v.code(), position++, scale(v.value()), v.target(), scale(v.completionRate()));
        }
    }

    public List<IndicatorValue> of(int year) {
        return jdbc.query("SELECT year, code, indicator_value, target, completion_rate FROM indicator_value WHERE year = ?"
                        + " ORDER BY position",
                (rs, i) -> new IndicatorValue(rs.getInt(1), rs.getString(2), rs.getBigDecimal(3), rs.getBigDecimal(4),
                        rs.getBigDecimal(5)), year);
    }

    private static BigDecimal scale(BigDecimal v) {
        return v == null ? null : v.setScale(15, RoundingMode.HALF_UP);
    }
}
