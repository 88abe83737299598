package org.civilaffairs.reconcile.report;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.civilaffairs.reconcile.aggregate.AggregateRow;
import org.civilaffairs.reconcile.indicators.IndicatorValue;

/**
 * What the year's report shows: the self-check table (绩效自评表) and the monthly figures per street,
 * per program (district-wide) and of the flagged households per street.
 *
 * @param district the district's name for the title, or null to leave it out
 * @param figures  households and amounts paid per street
 * @param programs households and amounts paid per program, district-wide, named by their labels
 * @param flagged  flagged households and their amounts per street
 */
public record Report(String district, int year, List<IndicatorValue> indicators, MonthlyFigures figures,
                     MonthlyFigures programs, MonthlyFigures flagged) {

    public static final List<String> SELF_CHECK_HEADER = List.of("指标", "目标值", "完成值", "完成率");
    public static final String HOUSEHOLDS = "户数（各项目合计）";
    public static final String AMOUNT = "发放金额（元）";
    /** What the 合计 column adds up: the households of every month, so a household paid twelve months counts twelve times. */
    public static final String TOTAL_NOTE = "合计列：户数为各月户数相加（户次），同一户每个月各计一次，不是全年户数；金额为各月金额之和。";

    /**
     * One table of monthly figures: two rows per street or program (a count and an amount), a column per month, and the 合计.
     *
     * @param key what a row pair names: 街道 or 救助类别
     */
    public record MonthlyTable(String title, String key, MonthlyFigures figures, String count, String amount) {
    }

    public String title() {
        return (district == null ? "" : district) + year + "年度社会救助绩效自评表";
    }

    /** Which months the figures cover: the indicators run through the latest closed month. */
    public String period() {
        String months = figures.closed().stream().map(Report::month).collect(Collectors.joining("、"));
        YearMonth latest = figures.latest();
        return "数据截至" + latest.getYear() + "年" + month(latest) + "（已关账月份：" + months + "）";
    }

    public static String month(YearMonth m) {
        return m.getMonthValue() + "月";
    }

    /** A sentence for each group of streets whose lines in the chart coincide: the same households in every month. */
    public List<String> coinciding() {
        Map<List<Integer>, List<String>> byLine = new LinkedHashMap<>();
        figures.streets().stream().filter(s -> !s.street().equals(AggregateRow.DISTRICT))
                .forEach(s -> byLine.computeIfAbsent(s.households(), k -> new ArrayList<>()).add(s.street()));
        return byLine.values().stream().filter(streets -> streets.size() > 1)
                .map(streets -> String.join("、", streets) + "各月户数相同，图中的线重合。").toList();
    }

    /** The report's monthly tables, in the order both formats show them. */
    public List<MonthlyTable> tables() {
        return List.of(new MonthlyTable(year + "年各街道月度户数与发放金额", "街道", figures, HOUSEHOLDS, AMOUNT),
                new MonthlyTable(year + "年全区各救助类别月度户数与发放金额", "救助类别", programs, "户数", AMOUNT),
                new MonthlyTable(year + "年各街道月度疑点户数与疑点金额", "街道", flagged, "疑点户数", "疑点金额（元）"));
    }

    /** The columns of a monthly table: street or program, figure, the months of the span, the total. */
    public List<String> monthlyHeader(MonthlyTable table) {
        List<String> header = new ArrayList<>(List.of(table.key(), "项目"));
        table.figures().span().forEach(m -> header.add(m + "月"));
        header.add("合计");
        return header;
    }
}
