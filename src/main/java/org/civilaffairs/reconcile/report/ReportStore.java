package org.civilaffairs.reconcile.report;

import java.time.YearMonth;
import java.util.List;
import org.civilaffairs.reconcile.indicators.IndicatorStore;
import org.civilaffairs.reconcile.job.MonthLedger;
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
        List<MonthlyFigures.Total> totals = jdbc.query("SELECT month, street, SUM(households), SUM(amount)"
                        + " FROM monthly_aggregate WHERE month LIKE ? GROUP BY month, street",
                (rs, i) -> new MonthlyFigures.Total(YearMonth.parse(rs.getString(1)), rs.getString(2), rs.getInt(3),
                        rs.getBigDecimal(4)), year + "-%");
        return new Report(district, year, indicators.of(year), MonthlyFigures.of(year, closed, totals));
    }
}
