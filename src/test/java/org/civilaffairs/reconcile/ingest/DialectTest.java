package org.civilaffairs.reconcile.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The CSV dialect of CONTRACT §2, table by table. */
class DialectTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', nullValues = "BAD", value = {
            "670|670", "670.5|670.5", "670.00|670.00", "1,340.00|1340.00", "670元|670", "￥670|670", "¥670|670",
            "６７０|670", " 670 |670", "￥1,200.50元|1200.50",
            "1340.005|BAD", "-5|BAD", "-0|BAD", "abc|BAD", "1e309|BAD", "NaN|BAD", "13,40|BAD", "670.|BAD",
            "1234567890123|BAD"})
    void amounts(String text, String expected) {
        assertThat(Amounts.parse(text).orElse(null)).isEqualTo(expected == null ? null : new BigDecimal(expected));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', nullValues = "BAD", value = {
            "2017-05-01|2017-05-01", "2017/5/1|2017-05-01", "2017.05.01|2017-05-01", "20170501|2017-05-01",
            "2017年5月1日|2017-05-01", "２０１７-05-01|2017-05-01",
            "2017-5-1|2017-05-01", "2017-05-1|2017-05-01", "2016-02-29|2016-02-29", " 2017-05-01 |2017-05-01",
            "2017-02-30|BAD", "2017-13-01|BAD", "2017/05-01|BAD", "17-05-01|BAD", "yesterday|BAD", "2017-00-10|BAD",
            "2017-05-00|BAD", "20170230|BAD", "2017-05-0a|BAD", "2017-05-011|BAD", "2017--5-01|BAD", "201705011|BAD"})
    void dates(String text, String expected) {
        assertThat(Dates.parse(text).orElse(null)).isEqualTo(expected == null ? null : LocalDate.parse(expected));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // input (\n escaped as ~) | record start lines | field counts
            "h1,h2~a,b~c,d|1 2 3|2 2 2",
            "h1,h2~~   ~a,b|1 4|2 2",
            "h1,h2~\"x~y\",b~c,d|1 2 4|2 2 2",
            "h1,h2~,,~a,\"b\"\"c\"|1 2 3|2 3 2",
            "h1,h2~a,\"open~b,c|1 2|2 2"})
    void recordsKeepTheirPhysicalLines(String input, String lines, String counts) {
        List<String> gotLines = new ArrayList<>();
        List<String> gotCounts = new ArrayList<>();
        try (CsvRecordReader reader = new CsvRecordReader(new StringReader(input.replace("~", "\r\n")))) {
            CsvRecord r;
            while ((r = reader.next()) != null) {
                gotLines.add(String.valueOf(r.line()));
                gotCounts.add(String.valueOf(r.size()));
            }
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
        assertThat(String.join(" ", gotLines)).isEqualTo(lines);
        assertThat(String.join(" ", gotCounts)).isEqualTo(counts);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"ａｂｃ１２３|abc123", "　韩　秀　|韩 秀", "plain|plain"})
    void folding(String text, String expected) {
        assertThat(Text.clean(text)).isEqualTo(expected);
    }
}
