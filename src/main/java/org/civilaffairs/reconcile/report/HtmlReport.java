package org.civilaffairs.reconcile.report;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.civilaffairs.reconcile.aggregate.AggregateRow;
import org.civilaffairs.reconcile.indicators.IndicatorValue;

/**
 * The report as one self-contained HTML page: inline CSS, the chart as inline SVG, no scripts, fonts,
 * images or links, so it opens the same offline, attached to a mail or printed. All text is escaped.
 */
public final class HtmlReport {

    private static final String CSS = """
            body{margin:0;background:#f4f5f7;color:#1d2733;font-family:"Noto Sans CJK SC","Source Han Sans SC",\
            "WenQuanYi Micro Hei","Microsoft YaHei","PingFang SC",sans-serif;font-size:14px;line-height:1.5}
            main{max-width:1180px;margin:0 auto;padding:24px 32px 40px;background:#fff}
            h1{font-size:24px;margin:0 0 4px;text-align:center}
            h2{font-size:17px;margin:28px 0 10px;padding-left:10px;border-left:4px solid #1f77b4}
            .period,.note{color:#5b6673;font-size:13px;margin:0}
            .period{text-align:center}
            table{border-collapse:collapse;width:100%}
            th,td{border:1px solid #c9d0d8;padding:6px 10px;white-space:nowrap}
            th{background:#e9eef4;font-weight:600}
            td.num{text-align:right;font-variant-numeric:tabular-nums}
            table.self-check td:first-child{font-weight:600;width:28%}
            table.monthly{font-size:12.5px}
            table.monthly th,table.monthly td{padding:4px 7px}
            table.monthly tr.district td{background:#f6f8fa;font-weight:600}
            table.monthly tr td.gap{background:#e4e8ec}
            .bar{display:inline-block;width:80px;height:8px;margin-right:8px;background:#e4e8ec;vertical-align:middle}
            .bar span{display:block;height:100%;background:#2ca02c}
            svg.chart{width:100%;height:auto;font-size:13px;fill:#1d2733}
            svg .grid{stroke:#e1e5ea}
            svg .axis{stroke:#5b6673}
            svg .axis-title{font-size:14px}
            """;

    /** Under the chart: how to tell lines that lie on each other apart, and where the exact figures are. */
    static final String CHART_NOTE = "线条重合时，先画的线更粗、标记更大，仍露在后画的线外侧；每个点的数值见下表。";

    private HtmlReport() {
    }

    public static String render(Report report) {
        StringBuilder html = new StringBuilder();
        html.append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
                .append(Html.escape(report.title())).append("</title>\n<style>\n").append(CSS).append("</style>\n</head>\n")
                .append("<body>\n<main>\n<h1>").append(Html.escape(report.title())).append("</h1>\n<p class=\"period\">")
                .append(Html.escape(report.period())).append("</p>\n");
        selfCheck(html, report.indicators());
        html.append("<h2>各街道月度户数</h2>\n").append(chart(report.figures())).append('\n')
                .append("<p class=\"note\">").append(Html.escape(CHART_NOTE)).append("</p>\n");
        for (String same : report.coinciding()) {
            html.append("<p class=\"note\">").append(Html.escape(same)).append("</p>\n");
        }
        for (Report.MonthlyTable table : report.tables()) {
            html.append("<h2>").append(Html.escape(table.title())).append("</h2>\n");
            monthly(html, report, table);
        }
        html.append("<p class=\"note\">").append(Html.escape(Report.TOTAL_NOTE)).append("</p>\n")
                .append("<p class=\"note\">街道的户数为各救助项目户数之和；空白为未关账月份；金额单位：元。</p>\n</main>\n</body>\n</html>\n");
        return html.toString();
    }

    /** Households per street and month, one line per street (the district total would flatten them). */
    static String chart(MonthlyFigures figures) {
        List<SvgLineChart.Series> series = figures.streets().stream()
                .filter(s -> !s.street().equals(AggregateRow.DISTRICT))
                .map(s -> new SvgLineChart.Series(s.street(), s.households())).toList();
        List<String> months = IntStream.rangeClosed(1, 12).mapToObj(m -> m + "月").toList();
        return SvgLineChart.render(figures.year() + "年各街道月度户数", months, "月份", "户数", series);
    }

    private static void selfCheck(StringBuilder html, List<IndicatorValue> indicators) {
        html.append("<h2>绩效自评表</h2>\n<table class=\"self-check\">\n<thead><tr>");
        Report.SELF_CHECK_HEADER.forEach(h -> html.append("<th>").append(Html.escape(h)).append("</th>"));
        html.append("</tr></thead>\n<tbody>\n");
        for (IndicatorValue v : indicators) {
            IndicatorLabel label = IndicatorLabel.of(v.code());
            html.append("<tr><td>").append(Html.escape(label.name())).append("</td>")
                    .append(number(Display.indicator(v.target(), label.ratio())))
                    .append(number(Display.indicator(v.value(), label.ratio())))
                    .append("<td class=\"num\">").append(bar(v.completionRate()))
                    .append(Html.escape(Display.rate(v.completionRate()))).append("</td></tr>\n");
        }
        html.append("</tbody>\n</table>\n<p class=\"note\">“").append(Display.NO_DATA).append("”表示无数据。</p>\n");
    }

    /** A completion bar, full at 100 % and beyond. */
    private static String bar(BigDecimal rate) {
        if (rate == null) {
            return "";
        }
        double percent = Math.max(0, Math.min(100, rate.doubleValue() * 100));
        return String.format(Locale.ROOT, "<span class=\"bar\"><span style=\"width:%.1f%%\"></span></span>", percent);
    }

    private static void monthly(StringBuilder html, Report report, Report.MonthlyTable table) {
        html.append("<table class=\"monthly\">\n<thead><tr>");
        report.monthlyHeader(table).forEach(h -> html.append("<th>").append(Html.escape(h)).append("</th>"));
        html.append("</tr></thead>\n<tbody>\n");
        List<Integer> span = table.figures().span();
        for (StreetMonths s : table.figures().streets()) {
            String row = s.street().equals(AggregateRow.DISTRICT) ? "<tr class=\"district\">" : "<tr>";
            html.append(row).append("<td rowspan=\"2\">").append(Html.escape(s.street())).append("</td><td>")
                    .append(Html.escape(table.count())).append("</td>");
            span.forEach(m -> html.append(figure(Display.count(s.households(m)))));
            html.append(number(Display.count(s.householdTotal()))).append("</tr>\n");
            html.append(row).append("<td>").append(Html.escape(table.amount())).append("</td>");
            span.forEach(m -> html.append(figure(Display.money(s.amount(m)))));
            html.append(number(Display.money(s.amountTotal()))).append("</tr>\n");
        }
        html.append("</tbody>\n</table>\n");
    }

    /** A month's figure; a month that is not closed is an empty, shaded gap. */
    private static String figure(String text) {
        return text.isEmpty() ? "<td class=\"gap\"></td>" : number(text);
    }

    private static String number(String text) {
        return "<td class=\"num\">" + Html.escape(text) + "</td>";
    }
}
