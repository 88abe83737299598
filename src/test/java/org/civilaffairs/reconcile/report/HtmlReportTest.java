package org.civilaffairs.reconcile.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.civilaffairs.reconcile.indicators.IndicatorValue;
import org.junit.jupiter.api.Test;

class HtmlReportTest {

    private static final YearMonth APRIL = YearMonth.of(2017, 4);
    private static final YearMonth JUNE = YearMonth.of(2017, 6);

    private static final MonthlyFigures STREETS = MonthlyFigures.of(2017, List.of(APRIL, JUNE), List.of(
            new MonthlyFigures.Total(APRIL, "全区", 3, new BigDecimal("1800.00")),
            new MonthlyFigures.Total(APRIL, "宝丰街", 3, new BigDecimal("1800.00")),
            new MonthlyFigures.Total(JUNE, "全区", 1, new BigDecimal("670.00")),
            new MonthlyFigures.Total(JUNE, "古田街", 1, new BigDecimal("670.00"))));

    static final Report REPORT = new Report("<硚口区>", 2017, List.of(
            new IndicatorValue(2017, "TEMP_RELIEF_EVENTS", new BigDecimal("18"), new BigDecimal("5000"), new BigDecimal("0.0036")),
            new IndicatorValue(2017, "FLAGGED_EXIT_RATE", null, new BigDecimal("0.95"), null)),
            STREETS,
            MonthlyFigures.of(2017, List.of(APRIL, JUNE), List.of(
                    new MonthlyFigures.Total(APRIL, "城市低保", 3, new BigDecimal("1800.00")),
                    new MonthlyFigures.Total(JUNE, "城市低保", 1, new BigDecimal("670.00")))),
            MonthlyFigures.of(2017, List.of(APRIL, JUNE), List.of(
                    new MonthlyFigures.Total(APRIL, "全区", 1, new BigDecimal("600.00")),
                    new MonthlyFigures.Total(APRIL, "宝丰街", 1, new BigDecimal("600.00")))));

    @Test
    void theSelfCheckTableShowsRatesAsPercentagesAndNoDataAsADash() {
        String html = HtmlReport.render(REPORT);
        assertThat(html).contains("<title>&lt;硚口区&gt;2017年度社会救助绩效自评表</title>")
                .contains("<tr><td>临时救助户次</td><td class=\"num\">5,000</td><td class=\"num\">18</td>")
                .contains("0.36%</td></tr>")
                .contains("<tr><td>应退尽退率</td><td class=\"num\">95.00%</td><td class=\"num\">—</td><td class=\"num\">—</td></tr>");
    }

    @Test
    void aMonthThatIsNotClosedIsAGapAndAClosedMonthWithoutRowsIsZero() {
        String html = HtmlReport.render(REPORT);
        assertThat(html).contains("<th>街道</th><th>项目</th><th>4月</th><th>5月</th><th>6月</th><th>合计</th>");
        assertThat(Pattern.compile("<td class=\"gap\"></td>").matcher(html).results().count()).isEqualTo(6 + 2 + 4);
        assertThat(html).contains("<td>户数（各项目合计）</td><td class=\"num\">3</td><td class=\"gap\"></td>"
                + "<td class=\"num\">0</td><td class=\"num\">3</td>");
    }

    @Test
    void theChartHasOneSeriesPerStreetButNotTheDistrict() {
        String html = HtmlReport.render(REPORT);
        assertThat(html).containsOnlyOnce("<svg").contains("data-name=\"古田街\"", "data-name=\"宝丰街\"")
                .doesNotContain("data-name=\"全区\"", "http", "src=");
    }

    @Test
    void theProgramsAndTheFlaggedHouseholdsHaveTablesAndTheTotalSaysWhatItAdds() {
        String html = HtmlReport.render(REPORT);
        assertThat(html).contains("<h2>2017年全区各救助类别月度户数与发放金额</h2>",
                        "<th>救助类别</th><th>项目</th><th>4月</th>",
                        "<tr><td rowspan=\"2\">城市低保</td><td>户数</td><td class=\"num\">3</td>",
                        "<h2>2017年各街道月度疑点户数与疑点金额</h2>",
                        "<tr class=\"district\"><td rowspan=\"2\">全区</td><td>疑点户数</td><td class=\"num\">1</td>",
                        "<td>疑点金额（元）</td><td class=\"num\">600.00</td>")
                .contains(Report.TOTAL_NOTE, HtmlReport.CHART_NOTE);
    }

    @Test
    void streetsWhoseLinesCoincideAreNamedUnderTheChart() {
        MonthlyFigures figures = MonthlyFigures.of(2017, List.of(APRIL, JUNE), Stream.of("全区", "宝丰街", "古田街")
                .map(street -> new MonthlyFigures.Total(APRIL, street, 3, BigDecimal.TEN)).toList());
        Report coinciding = new Report(null, 2017, List.of(), figures, figures, figures);
        assertThat(coinciding.coinciding()).containsExactly("古田街、宝丰街各月户数相同，图中的线重合。");
        assertThat(REPORT.coinciding()).isEmpty();
        assertThat(HtmlReport.render(coinciding)).contains("<p class=\"note\">古田街、宝丰街各月户数相同，图中的线重合。</p>");
    }
}
