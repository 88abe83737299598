package org.civilaffairs.reconcile.report;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.civilaffairs.reconcile.indicators.IndicatorValue;

/**
 * What the year's report shows: the self-check table (绩效自评表) and the monthly figures per street.
 *
 * @param district the district's name for the title, or null to leave it out
 */
public record Report(String district, int year, List<IndicatorValue> indicators, MonthlyFigures figures) {

    public static final List<String> SELF_CHECK_HEADER = List.of("指标", "目标值", "完成值", "完成率");
    public static final String HOUSEHOLDS = "户数（各项目合计）";
    public static final String AMOUNT = "发放金额（元）";

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

    /** The columns of the monthly table: street, figure, the months of the span, the total. */
    public List<String> monthlyHeader() {
        List<String> header = new ArrayList<>(List.of("街道", "项目"));
        figures.span().forEach(m -> header.add(m + "月"));
        header.add("合计");
        return header;
    }
}
