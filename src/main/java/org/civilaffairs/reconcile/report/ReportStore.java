package org.civilaffairs.reconcile.report;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.civilaffairs.reconcile.aggregate.AggregateRow;
import org.civilaffairs.reconcile.indicators.IndicatorStore;
import org.civilaffairs.reconcile.job.MonthLedger;
import org.civilaffairs.reconcile.labels.Labels;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Reads a year's report from the indicator and aggregate tables; only closed months count. */
@Repository
public class ReportStore {

    private final JdbcTemplate jdbc;
    private final IndicatorStore indicators;

    public ReportStore(JdbcTemplate jdbc, IndicatorStore indicators) {
        this.jdbc = jdbc;
        this.indicators = indicators;
    }

    /** The year's report, or null when no month of the year is closed. */
    public Report report(int year, String district) {
        List<YearMonth> closed = jdbc.queryForList("SELECT month FROM month_state WHERE stage = ? AND month LIKE ?"
                + " ORDER BY month", String.class, MonthLedger.CLOSED, year + "-%").stream().map(YearMonth::parse).toList();
        if (closed.isEmpty()) {
            return null;
        }
        List<MonthlyFigures.Total> paid = new ArrayList<>();
        List<MonthlyFigures.Total> flagged = new ArrayList<>();
        jdbc.query("SELECT month, street, SUM(households), SUM(amount), SUM(flagged_households), SUM(flagged_amount)"
                + " FROM monthly_aggregate WHERE month LIKE ? GROUP BY month, street", rs -> {
                    YearMonth month = YearMonth.parse(rs.getString(1));
                    paid.add(new MonthlyFigures.Total(month, rs.getString(2), rs.getInt(3), rs.getBigDecimal(4)));
                    flagged.add(new MonthlyFigures.Total(month, rs.getString(2), rs.getInt(5), rs.getBigDecimal(6)));
                }, year + "-%");
        List<MonthlyFigures.Total> programs = jdbc.query("SELECT month, program, households, amount FROM monthly_aggregate"
                        + " WHERE month LIKE ? AND street = ?",
                (rs, i) -> new MonthlyFigures.Total(YearMonth.parse(rs.getString(1)), Labels.program(rs.getString(2)), rs.getInt(3),
                        rs.getBigDecimal(4)), year + "-%", AggregateRow.DISTRICT);
        List<String> programOrder = Labels.all().stream().filter(l -> l.kind() == Labels.Kind.PROGRAM).map(Labels.Label::label).toList();
        return new Report(district, year, indicators.of(year), MonthlyFigures.of(year, closed, paid),
                MonthlyFigures.of(year, closed, programs, programOrder), MonthlyFigures.of(year, closed, flagged));
    }
}
