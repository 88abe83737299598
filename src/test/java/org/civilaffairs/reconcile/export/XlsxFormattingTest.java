package org.civilaffairs.reconcile.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The workbook of an export as the analyst opens it: headers, labels, formats, bold totals, frozen header, widths. */
class XlsxFormattingTest {

    private static final List<String> AGGREGATE_HEADER = List.of("month", "street", "program", "households", "persons",
            "amount", "new_households", "exited_households", "verified_households", "flagged_households", "flagged_amount",
            "rejected_rows", "flag_deceased_member", "flag_income_over", "flag_deposit_over", "flag_vehicle",
            "flag_property_over", "flag_business", "flag_public_employee", "flag_duplicate_enrollment",
            "flag_id_unresolved", "flag_age_ineligible", "flag_no_basic_enrollment");

    @ParameterizedTest(name = "aggregates column {0}: {1} {2}")
    @CsvSource(delimiter = '|', value = {
        "0|月份|General", "1|街道|General", "2|救助类别代码|General", "3|救助类别|General", "4|户数|#,##0",
        "6|发放金额（元）|#,##0.00", "11|疑点金额（元）|#,##0.00", "12|退回行数|#,##0", "13|成员已死亡|#,##0",
        "23|未纳入低保特困|#,##0"})
    void aggregateColumnsHaveChineseHeadersAndFormats(int column, String header, String format) throws IOException {
        try (XSSFWorkbook book = aggregates()) {
            XSSFSheet sheet = book.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(column).getStringCellValue()).isEqualTo(header);
            assertThat(sheet.getRow(1).getCell(column).getCellStyle().getDataFormatString()).isEqualTo(format);
        }
    }

    @Test
    void theProgramLabelStandsBesideItsCode() throws IOException {
        try (XSSFWorkbook book = aggregates()) {
            Row district = book.getSheetAt(0).getRow(1);
            assertThat(district.getCell(2).getStringCellValue()).isEqualTo("URBAN_DIBAO");
            assertThat(district.getCell(3).getStringCellValue()).isEqualTo("城市低保");
            assertThat(district.getCell(6).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(district.getCell(6).getNumericCellValue()).isEqualTo(25900.0);
            assertThat(district.getCell(7).getCellType()).as("an empty new_households stays blank").isEqualTo(CellType.STRING);
            assertThat(district.getCell(7).getStringCellValue()).isEmpty();
        }
    }

    @Test
    void theDistrictTotalIsBoldAndStreetsAreNot() throws IOException {
        try (XSSFWorkbook book = aggregates()) {
            XSSFSheet sheet = book.getSheetAt(0);
            for (int c = 0; c < 24; c++) {
                assertThat(bold(sheet.getRow(0).getCell(c))).as("header %d", c).isTrue();
                assertThat(sheet.getRow(0).getCell(c).getCellStyle().getAlignment()).isEqualTo(HorizontalAlignment.CENTER);
                assertThat(bold(sheet.getRow(1).getCell(c))).as("全区 %d", c).isTrue();
                assertThat(bold(sheet.getRow(2).getCell(c))).as("street %d", c).isFalse();
            }
            assertThat(sheet.getRow(1).getCell(6).getCellStyle().getDataFormatString()).isEqualTo("#,##0.00");
        }
    }

    @Test
    void theHeaderIsFrozenAndFiltered() throws IOException {
        try (XSSFWorkbook book = aggregates()) {
            XSSFSheet sheet = book.getSheetAt(0);
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
            assertThat(sheet.getPaneInformation().getVerticalSplitPosition()).isZero();
            assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:X3");
        }
    }

    /** Widths in characters (1/256 of POI's unit): the widest shown text (CJK counting double) and 15 %, and two more. */
    @ParameterizedTest(name = "column {0} is {1} characters wide")
    @CsvSource({"0,11", "1,9", "2,16", "3,12", "6,19", "11,19", "13,14"})
    void columnsAreAsWideAsTheirContent(int column, int characters) throws IOException {
        try (XSSFWorkbook book = aggregates()) {
            assertThat(book.getSheetAt(0).getColumnWidth(column) / 256).isEqualTo(characters);
        }
    }

    @Test
    void aVeryLongTextDoesNotMakeAScreenWideColumn() throws IOException {
        ExportTable table = new ExportTable("rejects", List.of("raw"), List.of(List.of("x".repeat(500))), List.of(false));
        try (XSSFWorkbook book = write(table)) {
            assertThat(book.getSheetAt(0).getColumnWidth(0) / 256).isEqualTo(80);
        }
    }

    @Test
    void indicatorRatiosArePercentagesAndCountsAreCounts() throws IOException {
        ExportTable table = new ExportTable("indicators", List.of("year", "code", "value", "target", "completion_rate"),
                List.of(List.of("2019", "TEMP_RELIEF_EVENTS", "3", "40", "0.075"),
                        List.of("2019", "BASIC_PAYMENT_ACCURACY", "0.545582266625", "1", "0.545582266625")),
                List.of(true, false, true, true, true));
        try (XSSFWorkbook book = write(table)) {
            XSSFSheet sheet = book.getSheetAt(0);
            assertThat(texts(sheet.getRow(0))).containsExactly("年度", "指标代码", "指标", "完成值", "目标值", "完成率");
            assertThat(texts(sheet.getRow(1)).subList(1, 3)).containsExactly("TEMP_RELIEF_EVENTS", "临时救助户次");
            assertThat(formats(sheet.getRow(1))).containsExactly("General", "General", "General", "#,##0", "#,##0", "0.00%");
            assertThat(formats(sheet.getRow(2))).containsExactly("General", "General", "General", "0.00%", "0.00%", "0.00%");
            assertThat(sheet.getRow(2).getCell(5).getNumericCellValue()).isEqualTo(0.545582266625);
        }
    }

    @Test
    void aSimulationsColumnsBeforeAndAfterAreFormattedAsTheColumnTheyCompare() throws IOException {
        ExportTable table = new ExportTable("indicators", List.of("year", "code", "value_before", "value_after",
                "completion_rate_before", "flagged_amount_after"),
                List.of(List.of("2019", "BASIC_PAYMENT_ACCURACY", "0.545582266625", "0.5", "0.545582266625", "3120.00"),
                        List.of("2019", "TEMP_RELIEF_EVENTS", "3", "4", "0.075", "0.00")),
                List.of(true, false, true, true, true, true));
        try (XSSFWorkbook book = write(table)) {
            XSSFSheet sheet = book.getSheetAt(0);
            assertThat(texts(sheet.getRow(0))).containsExactly("年度", "指标代码", "指标", "完成值（关账时）", "完成值（草案）",
                    "完成率（关账时）", "疑点金额（草案，元）");
            assertThat(formats(sheet.getRow(1))).containsExactly("General", "General", "General", "0.00%", "0.00%", "0.00%",
                    "#,##0.00");
            assertThat(formats(sheet.getRow(2))).containsExactly("General", "General", "General", "#,##0", "#,##0", "0.00%",
                    "#,##0.00");
        }
    }

    @Test
    void flagsAndRejectReasonsShowTheirLabels() throws IOException {
        ExportTable flags = new ExportTable("flags", List.of("month", "street", "program", "household_id", "reasons"),
                List.of(List.of("2019-07", "柳湾街", "URBAN_DIBAO", "LW-001", "INCOME_OVER;VEHICLE")), Collections.nCopies(5, false));
        try (XSSFWorkbook book = write(flags)) {
            assertThat(texts(book.getSheetAt(0).getRow(0))).containsExactly("月份", "街道", "救助类别代码", "救助类别", "户编号",
                    "疑点代码", "疑点类型");
            assertThat(texts(book.getSheetAt(0).getRow(1)).subList(5, 7)).containsExactly("INCOME_OVER;VEHICLE", "收入超标、拥有车辆");
        }
        ExportTable rejects = new ExportTable("rejects", List.of("file", "line", "reason", "street", "program", "raw"),
                List.of(List.of("rosters/a.csv", "12", "BAD_AMOUNT", "柳湾街", "低保户", "…")),
                List.of(false, true, false, false, false, false));
        try (XSSFWorkbook book = write(rejects)) {
            Row row = book.getSheetAt(0).getRow(1);
            assertThat(row.getCell(1).getNumericCellValue()).isEqualTo(12.0);
            assertThat(row.getCell(1).getCellStyle().getDataFormatString()).isEqualTo("General");
            assertThat(row.getCell(3).getStringCellValue()).isEqualTo("金额格式错误");
            assertThat(row.getCell(6).getStringCellValue()).as("an unknown program shows as typed").isEqualTo("低保户");
        }
    }

    @Test
    void anUnknownColumnKeepsItsNameAndShowsMoneyByItsCents() throws IOException {
        ExportTable table = new ExportTable("suspects", List.of("score", "sum"), List.of(List.of("7", "1234.50")),
                List.of(true, true));
        try (XSSFWorkbook book = write(table)) {
            Row row = book.getSheetAt(0).getRow(1);
            assertThat(texts(book.getSheetAt(0).getRow(0))).containsExactly("score", "sum");
            assertThat(formats(row)).containsExactly("#,##0", "#,##0.00");
        }
    }

    private static XSSFWorkbook aggregates() throws IOException {
        List<List<String>> rows = new ArrayList<>();
        rows.add(aggregate("全区", "25900.00", ""));
        rows.add(aggregate("柳湾街", "8200.00", "2"));
        return write(new ExportTable("aggregates", AGGREGATE_HEADER, rows, numeric()));
    }

    private static List<String> aggregate(String street, String amount, String newHouseholds) {
        List<String> row = new ArrayList<>(List.of("2019-07", street, "URBAN_DIBAO", "25", "52", amount, newHouseholds, "0",
                "25", "6", "7400.00", "1"));
        row.addAll(Collections.nCopies(11, "1"));
        return row;
    }

    private static List<Boolean> numeric() {
        List<Boolean> numeric = new ArrayList<>(Collections.nCopies(AGGREGATE_HEADER.size(), true));
        numeric.set(0, false);
        numeric.set(1, false);
        numeric.set(2, false);
        return numeric;
    }

    private static XSSFWorkbook write(ExportTable table) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        XlsxWriter.write(table, out);
        return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
    }

    private static boolean bold(Cell cell) {
        return ((XSSFCellStyle) cell.getCellStyle()).getFont().getBold();
    }

    private static List<String> texts(Row row) {
        List<String> texts = new ArrayList<>();
        row.forEach(c -> texts.add(c.getCellType() == CellType.NUMERIC ? String.valueOf(c.getNumericCellValue()) : c.getStringCellValue()));
        return texts;
    }

    private static List<String> formats(Row row) {
        List<String> formats = new ArrayList<>();
        row.forEach(c -> formats.add(c.getCellStyle().getDataFormatString()));
        return formats;
    }
}
