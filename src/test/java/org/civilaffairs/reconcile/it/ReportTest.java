package org.civilaffairs.reconcile.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.civilaffairs.reconcile.aggregate.AggregateRow;
import org.civilaffairs.reconcile.report.Display;
import org.civilaffairs.reconcile.report.IndicatorLabel;
import org.civilaffairs.reconcile.report.XlsxReport;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code report --year 2017} on the public example, on H2 and MySQL/MariaDB: the workbook's self-check
 * table holds the values of {@code export indicators}, and the HTML page shows the same table and one
 * chart series per street without referring to anything outside itself.
 */
class ReportTest {

    @ParameterizedTest(name = "report on {0}")
    @ValueSource(strings = {"h2", "mysql"})
    void reportShowsTheIndicatorsAndEveryStreet(String database, @TempDir Path work) throws IOException {
        Path example = ExamplesTest.EXAMPLES.resolve("public");
        if (!Files.isDirectory(example)) {
            System.err.println("NOTICE: " + example.toAbsolutePath() + " is absent: report test skipped");
            Assumptions.abort("examples absent");
        }
        Databases.onFresh(database, work, url -> {
            try (Pipeline pipeline = new Pipeline(url, work)) {
                assertThat(pipeline.run("run", "--inbox", example.resolve("inbox").toString(),
                        "--policy", example.resolve("policy.yml").toString())).isZero();
                Path out = work.resolve("report");
                assertThat(pipeline.run("report", "--year", "2017", "--out", out.toString())).isZero();
                List<List<String>> rows = export(pipeline, work, "indicators");
                List<List<String>> indicators = rows.subList(1, rows.size());
                Set<String> streets = new TreeSet<>();
                export(pipeline, work, "aggregates").stream().skip(1).map(r -> r.get(1))
                        .filter(s -> !s.equals(AggregateRow.DISTRICT)).forEach(streets::add);

                assertWorkbook(out.resolve("report_2017.xlsx"), indicators);
                assertPage(Files.readString(out.resolve("report_2017.html"), StandardCharsets.UTF_8), indicators, streets);
            }
        });
    }

    private static void assertWorkbook(Path file, List<List<String>> indicators) throws IOException {
        try (InputStream in = Files.newInputStream(file); Workbook workbook = new XSSFWorkbook(in)) {
            Sheet sheet = workbook.getSheet(XlsxReport.SELF_CHECK_SHEET);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).contains("2017年").contains("绩效自评表");
            assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) XlsxReport.FIRST_INDICATOR_ROW);
            for (int i = 0; i < indicators.size(); i++) {
                List<String> expected = indicators.get(i);
                Row row = sheet.getRow(XlsxReport.FIRST_INDICATOR_ROW + i);
                assertThat(row.getCell(0).getStringCellValue()).isEqualTo(IndicatorLabel.of(expected.get(1)).name());
                assertCell(row.getCell(1), expected.get(3));
                assertCell(row.getCell(2), expected.get(2));
                assertCell(row.getCell(3), expected.get(4));
            }
            assertThat(sheet.getRow(XlsxReport.FIRST_INDICATOR_ROW + indicators.size())).isNull();
            Sheet monthly = workbook.getSheet(XlsxReport.MONTHLY_SHEET);
            assertThat(monthly.getRow(2).getCell(0).getStringCellValue()).isEqualTo(AggregateRow.DISTRICT);
        }
    }

    /** A number equal to the export's within its 12 printed decimals; an empty export cell is "—". */
    private static void assertCell(Cell cell, String exported) {
        if (exported.isEmpty()) {
            assertThat(cell.getStringCellValue()).isEqualTo(Display.NO_DATA);
        } else {
            assertThat(cell.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(cell.getNumericCellValue()).isCloseTo(Double.parseDouble(exported), within(1e-9));
        }
    }

    private static void assertPage(String html, List<List<String>> indicators, Set<String> streets) {
        for (List<String> v : indicators) {
            assertThat(html).contains("<tr><td>" + IndicatorLabel.of(v.get(1)).name() + "</td>");
        }
        assertThat(html).contains("<td>临时救助户次</td><td class=\"num\">5,000</td><td class=\"num\">30</td>");
        assertThat(html).contains("<td>低保发放准确率</td><td class=\"num\">100.00%</td><td class=\"num\">81.78%</td>");
        assertThat(html).containsOnlyOnce("<svg");
        assertThat(Pattern.compile("<g class=\"series\"").matcher(html).results().count()).isEqualTo(streets.size());
        streets.forEach(s -> assertThat(html).contains("<g class=\"series\" data-name=\"" + s + "\">"));
        assertThat(html).doesNotContain("http://", "https://", "src=", "url(", "@import");
    }

    private static List<List<String>> export(Pipeline pipeline, Path work, String kind) throws IOException {
        Path file = work.resolve(kind + "_2017.csv");
        assertThat(pipeline.run("export", kind, "--year", "2017", "--out", file.toString())).isZero();
        return ExportComparison.read(file);
    }
}
