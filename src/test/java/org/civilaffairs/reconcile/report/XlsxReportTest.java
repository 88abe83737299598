package org.civilaffairs.reconcile.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFLineChartData;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The report's workbook: the chart drawn from the monthly cells, the per-program and flagged sheets, bold totals, the 合计 note. */
class XlsxReportTest {

    @Test
    void theMonthlySheetHasALineChartOfTheStreetsFromItsOwnCells() throws IOException {
        try (XSSFWorkbook book = write()) {
            XSSFSheet sheet = book.getSheet(XlsxReport.MONTHLY_SHEET);
            List<XSSFChart> charts = sheet.getDrawingPatriarch().getCharts();
            assertThat(charts).hasSize(1);
            List<XDDFChartData> data = charts.get(0).getChartSeries();
            assertThat(data).hasSize(1).first().isInstanceOf(XDDFLineChartData.class);
            List<String> titles = new ArrayList<>();
            List<String> ranges = new ArrayList<>();
            for (int i = 0; i < data.get(0).getSeriesCount(); i++) {
                XDDFLineChartData.Series series = (XDDFLineChartData.Series) data.get(0).getSeries(i);
                titles.add(series.getCTLineSer().getTx().getStrRef().getStrCache().getPtArray(0).getV());
                ranges.add(series.getValuesData().getDataRangeReference());
            }
            // rows: header 2, 全区 3-4, 古田街 5-6, 宝丰街 7-8; months 4..6 in columns C..E
            assertThat(titles).containsExactly("古田街", "宝丰街");
            assertThat(ranges).containsExactly("月度分街道!$C$5:$E$5", "月度分街道!$C$7:$E$7");
            assertThat(data.get(0).getSeries(0).getCategoryData().getDataRangeReference()).isEqualTo("月度分街道!$C$2:$E$2");
            XDDFLineChartData.Series first = (XDDFLineChartData.Series) data.get(0).getSeries(0);
            XDDFLineChartData.Series second = (XDDFLineChartData.Series) data.get(0).getSeries(1);
            assertThat(first.getCTLineSer().getMarker().getSymbol().getVal())
                    .isNotEqualTo(second.getCTLineSer().getMarker().getSymbol().getVal());
            assertThat(first.getCTLineSer().getSpPr().getLn().getW()).isGreaterThan(second.getCTLineSer().getSpPr().getLn().getW());
        }
    }

    @Test
    void programsAndFlaggedHouseholdsHaveTheirSheetsAndTheDistrictIsBold() throws IOException {
        try (XSSFWorkbook book = write()) {
            assertThat(book.getSheetName(0)).isEqualTo(XlsxReport.SELF_CHECK_SHEET);
            XSSFSheet programs = book.getSheet(XlsxReport.PROGRAM_SHEET);
            assertThat(text(programs.getRow(XlsxReport.HEADER_ROW))).startsWith("救助类别", "项目", "4月");
            assertThat(text(programs.getRow(XlsxReport.HEADER_ROW + 1))).startsWith("城市低保", "户数");
            assertThat(programs.getRow(XlsxReport.HEADER_ROW + 1).getCell(2).getNumericCellValue()).isEqualTo(3.0);
            XSSFSheet flagged = book.getSheet(XlsxReport.FLAGGED_SHEET);
            Row district = flagged.getRow(XlsxReport.HEADER_ROW + 2);
            assertThat(text(district)).startsWith("全区", "疑点金额（元）");
            assertThat(district.getCell(2).getNumericCellValue()).isEqualTo(600.0);
            assertThat(district.getCell(2).getCellStyle().getDataFormatString()).isEqualTo("#,##0.00");
            assertThat(((XSSFCellStyle) district.getCell(2).getCellStyle()).getFont().getBold()).isTrue();
            Row street = flagged.getRow(XlsxReport.HEADER_ROW + 3);
            assertThat(((XSSFCellStyle) street.getCell(2).getCellStyle()).getFont().getBold()).isFalse();
            assertThat(flagged.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) (XlsxReport.HEADER_ROW + 1));
            for (String name : List.of(XlsxReport.MONTHLY_SHEET, XlsxReport.PROGRAM_SHEET, XlsxReport.FLAGGED_SHEET)) {
                XSSFSheet sheet = book.getSheet(name);
                List<String> cells = new ArrayList<>();
                sheet.forEach(r -> cells.addAll(text(r)));
                assertThat(cells).as(name).contains(Report.TOTAL_NOTE);
            }
        }
    }

    private static XSSFWorkbook write() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        XlsxReport.write(HtmlReportTest.REPORT, out);
        return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
    }

    private static List<String> text(Row row) {
        List<String> cells = new ArrayList<>();
        row.forEach(c -> cells.add(c.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING ? c.getStringCellValue() : ""));
        return cells;
    }
}
