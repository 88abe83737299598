package org.civilaffairs.reconcile.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.civilaffairs.reconcile.aggregate.AggregateRow;
import org.civilaffairs.reconcile.report.Display;
import org.civilaffairs.reconcile.report.XlsxReport;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A bureau whose inbox starts in June: nothing is known of new or exited 低保 households in the
 * first month, so BASIC_NEW_HOUSEHOLDS and BASIC_EXITED_HOUSEHOLDS are empty ("no data", CONTRACT §10)
 * in the CSV and xlsx exports and "—" in the report, while the other indicators keep their values.
 */
class FirstMonthIndicatorsTest {

    private static final Path SAMPLES = Path.of("input-samples");
    private static final List<String> NO_DATA_YET = List.of("BASIC_NEW_HOUSEHOLDS", "BASIC_EXITED_HOUSEHOLDS");

    @ParameterizedTest(name = "first month on {0}")
    @ValueSource(strings = {"h2", "mysql"})
    void newAndExitedHouseholdsAreNoDataInTheFirstMonth(String database, @TempDir Path work) throws IOException {
        Path inbox = work.resolve("inbox");
        Trees.copy(SAMPLES.resolve("2019-06"), inbox.resolve("2019-06"));
        Databases.onFresh(database, work, url -> {
            try (Pipeline pipeline = new Pipeline(url, work)) {
                assertThat(pipeline.run("run", "--inbox", inbox.toString(), "--policy", SAMPLES.resolve("policy.yml").toString())).isZero();
                Map<String, List<String>> indicators = byCode(export(pipeline, work, "indicators", "csv"));
                List<List<String>> district = export(pipeline, work, "aggregates", "csv").stream()
                        .filter(r -> r.get(1).equals(AggregateRow.DISTRICT)).toList();

                NO_DATA_YET.forEach(code -> assertThat(indicators.get(code)).containsExactly("2019", code, "", "10", ""));
                assertThat(new BigDecimal(indicators.get("TEMP_RELIEF_EVENTS").get(2)))
                        .isEqualByComparingTo(sum(district, r -> r.get(2).equals("TEMP_RELIEF") ? r.get(3) : "0"));
                assertThat(new BigDecimal(indicators.get("VERIFICATION_REPORTS").get(2))).isEqualByComparingTo(sum(district, r -> r.get(8)));
                assertThat(indicators.get("BASIC_PAYMENT_ACCURACY").get(2)).isNotEmpty();

                assertXlsxExport(pipeline, work);
                assertReport(pipeline, work);
            }
        });
    }

    private static void assertXlsxExport(Pipeline pipeline, Path work) throws IOException {
        Path file = work.resolve("indicators_2019.xlsx");
        assertThat(pipeline.run("export", "indicators", "--year", "2019", "--format", "xlsx", "--out", file.toString())).isZero();
        List<List<String>> sheet = cells(file, 0);
        int value = sheet.get(0).indexOf("完成值");
        int rate = sheet.get(0).indexOf("完成率");
        Map<String, List<String>> rows = byCode(sheet);
        NO_DATA_YET.forEach(code -> assertThat(rows.get(code).get(value)).isEmpty());
        NO_DATA_YET.forEach(code -> assertThat(rows.get(code).get(rate)).isEmpty());
        assertThat(rows.get("TEMP_RELIEF_EVENTS").get(value)).isNotEmpty();
    }

    private static void assertReport(Pipeline pipeline, Path work) throws IOException {
        Path out = work.resolve("report");
        assertThat(pipeline.run("report", "--year", "2019", "--out", out.toString())).isZero();
        String html = Files.readString(out.resolve("report_2019.html"), StandardCharsets.UTF_8);
        assertThat(html).contains("<td>新增低保户</td><td class=\"num\">10</td><td class=\"num\">" + Display.NO_DATA + "</td>");
        assertThat(html).contains("<td>退出低保户</td><td class=\"num\">10</td><td class=\"num\">" + Display.NO_DATA + "</td>");
        List<List<String>> table = cells(out.resolve("report_2019.xlsx"), -1);
        for (String label : List.of("新增低保户", "退出低保户")) {
            List<String> row = table.stream().filter(r -> !r.isEmpty() && r.get(0).equals(label)).findFirst().orElseThrow();
            assertThat(row.subList(2, 4)).containsExactly(Display.NO_DATA, Display.NO_DATA);
        }
    }

    private static Map<String, List<String>> byCode(List<List<String>> rows) {
        return rows.stream().skip(1).collect(Collectors.toMap(r -> r.get(1), Function.identity()));
    }

    private static BigDecimal sum(List<List<String>> rows, Function<List<String>, String> cell) {
        return rows.stream().map(cell).map(BigDecimal::new).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static List<List<String>> export(Pipeline pipeline, Path work, String kind, String format) throws IOException {
        Path file = work.resolve(kind + "_2019." + format);
        assertThat(pipeline.run("export", kind, "--year", "2019", "--format", format, "--out", file.toString())).isZero();
        return ExportComparison.read(file);
    }

    /** Every row of a sheet as displayed text (sheet -1: the report's self-check sheet), blank cells as "". */
    private static List<List<String>> cells(Path file, int sheetIndex) throws IOException {
        try (InputStream in = Files.newInputStream(file); Workbook workbook = new XSSFWorkbook(in)) {
            Sheet sheet = sheetIndex < 0 ? workbook.getSheet(XlsxReport.SELF_CHECK_SHEET) : workbook.getSheetAt(sheetIndex);
            DataFormatter text = new DataFormatter();
            List<List<String>> rows = new java.util.ArrayList<>();
            for (Row row : sheet) {
                List<String> cells = new java.util.ArrayList<>();
                for (int c = 0; c < Math.max(row.getLastCellNum(), 0); c++) {
                    cells.add(row.getCell(c) == null ? "" : text.formatCellValue(row.getCell(c)));
                }
                rows.add(cells);
            }
            return rows;
        }
    }
}
