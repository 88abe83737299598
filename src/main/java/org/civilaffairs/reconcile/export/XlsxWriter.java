package org.civilaffairs.reconcile.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * xlsx exports: header in bold and frozen, numbers as numbers with money formatted. A sheet holds
 * at most Excel's 1,048,576 rows; a longer export (a month of hostile files can reject more rows
 * than that) continues on sheets {@code name (2)}, {@code name (3)}, ... each under the header.
 */
public final class XlsxWriter {

    private XlsxWriter() {
    }

    public static void write(ExportTable table, OutputStream out) throws IOException {
        write(List.of(table), out, SpreadsheetVersion.EXCEL2007.getMaxRows());
    }

    /** Several tables in one workbook, a sheet (or more) each, in the order given. */
    public static void write(List<ExportTable> tables, OutputStream out) throws IOException {
        write(tables, out, SpreadsheetVersion.EXCEL2007.getMaxRows());
    }

    static void write(ExportTable table, OutputStream out, int rowsPerSheet) throws IOException {
        write(List.of(table), out, rowsPerSheet);
    }

    private static void write(List<ExportTable> tables, OutputStream out, int rowsPerSheet) throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(500)) {
            XlsxStyles styles = new XlsxStyles(workbook);
            for (ExportTable table : tables) {
                addSheets(workbook, styles, table, rowsPerSheet);
            }
            workbook.write(out);
        }
    }

    private static void addSheets(SXSSFWorkbook workbook, XlsxStyles styles, ExportTable table, int rowsPerSheet) {
        int number = 1;
        Sheet sheet = newSheet(workbook, styles, table, number);
        int r = 1;
        for (List<String> values : table.rows()) {
            if (r == rowsPerSheet) {
                sheet = newSheet(workbook, styles, table, ++number);
                r = 1;
            }
            Row row = sheet.createRow(r++);
            for (int c = 0; c < values.size(); c++) {
                String v = values.get(c);
                var cell = row.createCell(c);
                if (table.numeric().get(c) && !v.isEmpty()) {
                    cell.setCellValue(Double.parseDouble(v));
                    if (v.contains(".") && v.indexOf('.') == v.length() - 3) {
                        cell.setCellStyle(styles.money);
                    }
                } else {
                    cell.setCellValue(v);
                }
            }
        }
    }

    private static Sheet newSheet(SXSSFWorkbook workbook, XlsxStyles styles, ExportTable table, int number) {
        Sheet sheet = workbook.createSheet(number == 1 ? table.name() : table.name() + " (" + number + ")");
        styles.header(sheet, 0, table.header(), 0);
        return sheet;
    }
}
