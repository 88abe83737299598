package org.civilaffairs.reconcile.report;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.civilaffairs.reconcile.aggregate.AggregateRow;
import org.civilaffairs.reconcile.export.XlsxStyles;
import org.civilaffairs.reconcile.export.XlsxStyles.Format;
import org.civilaffairs.reconcile.indicators.IndicatorValue;

/**
 * The report as a workbook: the self-check table (绩效自评表) with numbers kept as numbers (rates
 * formatted as percentages); the monthly figures per street with their chart, per program and of the
 * flagged households per street, the district (全区) in bold; a month that is not closed is a blank cell.
 */
public final class XlsxReport {

    public static final String SELF_CHECK_SHEET = "绩效自评表";
    public static final String MONTHLY_SHEET = "月度分街道";
    public static final String PROGRAM_SHEET = "月度分救助类别";
    public static final String FLAGGED_SHEET = "疑点分街道";
    /** The header row of a monthly sheet, under its title. */
    public static final int HEADER_ROW = 1;
    /** The self-check table's first indicator row: under the title, the period and the header. */
    public static final int FIRST_INDICATOR_ROW = 3;

    private final XlsxStyles styles;
    private final CellStyle title;

    private XlsxReport(Workbook workbook) {
        styles = new XlsxStyles(workbook);
        title = workbook.createCellStyle();
        Font font = workbook.createFont();
        font.setBold(true);
        font.setFontHeightInPoints((short) 14);
        title.setFont(font);
    }

    public static void write(Report report, OutputStream out) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            XlsxReport writer = new XlsxReport(workbook);
            writer.selfCheck(workbook.createSheet(SELF_CHECK_SHEET), report);
            List<Report.MonthlyTable> tables = report.tables();
            XSSFSheet streets = workbook.createSheet(MONTHLY_SHEET);
            int below = writer.monthly(streets, report, tables.get(0));
            int under = XlsxChart.households(streets, tables.get(0), below + 1);
            for (String same : report.coinciding()) {
                XlsxStyles.text(streets.createRow(++under).createCell(0), same);
            }
            writer.monthly(workbook.createSheet(PROGRAM_SHEET), report, tables.get(1));
            writer.monthly(workbook.createSheet(FLAGGED_SHEET), report, tables.get(2));
            workbook.write(out);
        }
    }

    private void selfCheck(Sheet sheet, Report report) {
        heading(sheet, 0, report.title(), title, Report.SELF_CHECK_HEADER.size());
        heading(sheet, 1, report.period(), null, Report.SELF_CHECK_HEADER.size());
        styles.header(sheet, FIRST_INDICATOR_ROW - 1, Report.SELF_CHECK_HEADER, 0);
        XlsxStyles.printWide(sheet, FIRST_INDICATOR_ROW - 1);
        int r = FIRST_INDICATOR_ROW;
        for (IndicatorValue v : report.indicators()) {
            IndicatorLabel label = IndicatorLabel.of(v.code());
            CellStyle style = label.ratio() ? styles.percent : styles.count;
            Row row = sheet.createRow(r++);
            XlsxStyles.text(row.createCell(0), label.name());
            indicator(row.createCell(1), v.target(), style);
            indicator(row.createCell(2), v.value(), style);
            indicator(row.createCell(3), v.completionRate(), styles.percent);
        }
        XlsxStyles.text(sheet.createRow(r + 1).createCell(0), "“" + Display.NO_DATA + "”表示无数据");
        sheet.setColumnWidth(0, 24 * 256);
        for (int c = 1; c < Report.SELF_CHECK_HEADER.size(); c++) {
            sheet.setColumnWidth(c, 14 * 256);
        }
    }

    /** A monthly table under its title, with the note on 合计 below it; returns the row after the note. */
    private int monthly(Sheet sheet, Report report, Report.MonthlyTable table) {
        List<String> header = report.monthlyHeader(table);
        heading(sheet, 0, table.title() + "（空白为未关账月份）", title, header.size());
        styles.header(sheet, HEADER_ROW, header, 2);
        XlsxStyles.printWide(sheet, HEADER_ROW);
        List<Integer> span = table.figures().span();
        int r = HEADER_ROW + 1;
        int widest = XlsxStyles.textWidth(table.key());
        for (StreetMonths s : table.figures().streets()) {
            boolean total = s.street().equals(AggregateRow.DISTRICT);
            Row households = label(sheet.createRow(r++), s.street(), table.count(), total);
            Row amounts = label(sheet.createRow(r++), s.street(), table.amount(), total);
            for (int i = 0; i < span.size(); i++) {
                Integer count = s.households(span.get(i));
                if (count != null) {
                    number(households.createCell(i + 2), count, styles.style(Format.COUNT, total));
                    number(amounts.createCell(i + 2), s.amount(span.get(i)).doubleValue(), styles.style(Format.MONEY, total));
                }
            }
            number(households.createCell(span.size() + 2), s.householdTotal(), styles.style(Format.COUNT, total));
            number(amounts.createCell(span.size() + 2), s.amountTotal().doubleValue(), styles.style(Format.MONEY, total));
            widest = Math.max(widest, XlsxStyles.textWidth(s.street()));
        }
        XlsxStyles.text(sheet.createRow(r + 1).createCell(0), Report.TOTAL_NOTE);
        sheet.setColumnWidth(0, XlsxStyles.width(widest));
        sheet.setColumnWidth(1, XlsxStyles.width(Math.max(XlsxStyles.textWidth(table.count()), XlsxStyles.textWidth(table.amount()))));
        for (int c = 2; c < header.size(); c++) {
            sheet.setColumnWidth(c, 15 * 256);
        }
        return r + 2;
    }

    /** A line of text across the table's width. */
    private static void heading(Sheet sheet, int rowIndex, String text, CellStyle style, int width) {
        Cell cell = sheet.createRow(rowIndex).createCell(0);
        XlsxStyles.text(cell, text);
        if (style != null) {
            cell.setCellStyle(style);
        }
        sheet.addMergedRegion(new CellRangeAddress(rowIndex, rowIndex, 0, width - 1));
    }

    private Row label(Row row, String street, String figure, boolean total) {
        XlsxStyles.text(row.createCell(0), street);
        XlsxStyles.text(row.createCell(1), figure);
        if (total) {
            row.getCell(0).setCellStyle(styles.bold);
            row.getCell(1).setCellStyle(styles.bold);
        }
        return row;
    }

    private static void indicator(Cell cell, BigDecimal value, CellStyle style) {
        if (value == null) {
            cell.setCellValue(Display.NO_DATA);
        } else {
            number(cell, value.doubleValue(), style);
        }
    }

    private static void number(Cell cell, double value, CellStyle style) {
        cell.setCellValue(value);
        cell.setCellStyle(style);
    }
}
