package org.civilaffairs.reconcile.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SvgLineChartTest {

    private static final List<String> MONTHS = List.of("1月", "2月", "3月", "4月");

    private static String chart(SvgLineChart.Series... series) {
        return SvgLineChart.render("户数", MONTHS, "月份", "户数", List.of(series));
    }

    private static SvgLineChart.Series series(String name, Integer... values) {
        return new SvgLineChart.Series(name, Arrays.asList(values));
    }

    @Test
    void oneGroupAndOneLegendEntryPerSeries() {
        String svg = chart(series("汉正街", 3, 4, 5, 6), series("宝丰街", 1, 2, 3, 4));
        assertThat(count(svg, "<g class=\"series\"")).isEqualTo(2);
        assertThat(count(svg, "<g class=\"legend\"")).isEqualTo(2);
        assertThat(svg).startsWith("<svg").endsWith("</svg>").contains("data-name=\"汉正街\"", "data-name=\"宝丰街\"")
                .contains(">月份</text>", ">4月</text>").doesNotContain("http");
        assertThat(count(svg, "class=\"marker\"")).isEqualTo(8 + 2);
    }

    @Test
    void aGapBreaksTheLineInsteadOfDroppingToZero() {
        String svg = chart(series("汉正街", 3, null, 5, 6));
        assertThat(count(svg, "class=\"marker\"")).isEqualTo(3 + 1);
        String path = svg.replaceAll("(?s).*<path d=\"([^\"]*)\".*", "$1");
        assertThat(path).matches("M\\S+ \\S+ M\\S+ \\S+ L\\S+ \\S+");
    }

    @Test
    void aSeriesWithoutDataHasALegendEntryButNoLine() {
        String svg = chart(series("古田街", null, null, null, null));
        assertThat(svg).contains("data-name=\"古田街\"").doesNotContain("<path");
        assertThat(count(svg, "class=\"marker\"")).as("the legend's only").isOne();
    }

    @Test
    void namesAreEscaped() {
        String svg = chart(series("<b>\"街\"&", 1, 2, 3, 4));
        assertThat(svg).contains("&lt;b&gt;&quot;街&quot;&amp;").doesNotContain("<b>");
    }

    @Test
    void seriesBeyondThePaletteAreDashed() {
        SvgLineChart.Series[] many = new SvgLineChart.Series[13];
        for (int i = 0; i < many.length; i++) {
            many[i] = series("街" + i, 1, 2, 3, 4);
        }
        String svg = chart(many);
        assertThat(count(svg, "stroke-dasharray")).isEqualTo(2);
    }

    /** Two equal lines: the first is drawn wider with larger markers of another shape, so it shows around the second. */
    @Test
    void coincidingLinesStayVisible() {
        String svg = chart(series("汉正街", 3, 4, 5, 6), series("宝丰街", 3, 4, 5, 6));
        String first = svg.replaceAll("(?s).*data-name=\"汉正街\"><path [^>]*stroke-width=\"([0-9.]+)\".*", "$1");
        String second = svg.replaceAll("(?s).*data-name=\"宝丰街\"><path [^>]*stroke-width=\"([0-9.]+)\".*", "$1");
        assertThat(Double.parseDouble(first)).isGreaterThan(Double.parseDouble(second) + 2);
        assertThat(count(svg, "<circle")).isEqualTo(4 + 1);
        assertThat(count(svg, "<rect")).isEqualTo(4 + 1);
        assertThat(svg.indexOf("data-name=\"汉正街\"")).as("the wider line is drawn first, under the other")
                .isLessThan(svg.indexOf("data-name=\"宝丰街\""));
    }

    @ParameterizedTest(name = "largest {0} gives step {1}")
    @CsvSource({"0, 1", "3, 1", "5, 1", "6, 2", "41, 10", "258, 100", "999, 200", "1000, 200", "1001, 500"})
    void ticksAreRound(int largest, double step) {
        assertThat(SvgLineChart.step(List.of(series("街", largest)))).isEqualTo(step);
    }

    private static long count(String text, String what) {
        return Pattern.compile(Pattern.quote(what)).matcher(text).results().count();
    }
}
