package org.civilaffairs.reconcile.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
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
        write(table, out, SpreadsheetVersion.EXCEL2007.getMaxRows());
    }

    static void write(ExportTable table, OutputStream out, int rowsPerSheet) throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(500)) {
            CellStyle money = workbook.createCellStyle();
            money.setDataFormat(workbook.createDataFormat().getFormat("#,##0.00"));
            Sheet sheet = newSheet(workbook, table, 1);
            int r = 1;
            for (List<String> values : table.rows()) {
                if (r == rowsPerSheet) {
                    sheet = newSheet(workbook, table, workbook.getNumberOfSheets() + 1);
                    r = 1;
                }
                Row row = sheet.createRow(r++);
                for (int c = 0; c < values.size(); c++) {
                    String v = values.get(c);
                    var cell = row.createCell(c);
                    if (table.numeric().get(c) && !v.isEmpty()) {
                        cell.setCellValue(Double.parseDouble(v));
                        if (v.contains(".") && v.indexOf('.') == v.length() - 3) {
                            cell.setCellStyle(money);
                        }
                    } else {
                        cell.setCellValue(v);
                    }
                }
            }
            workbook.write(out);
        }
    }

    private static Sheet newSheet(SXSSFWorkbook workbook, ExportTable table, int number) {
        Sheet sheet = workbook.createSheet(number == 1 ? table.name() : table.name() + " (" + number + ")");
        CellStyle bold = workbook.createCellStyle();
        Font font = workbook.createFont();
        font.setBold(true);
        bold.setFont(font);
        Row header = sheet.createRow(0);
        for (int c = 0; c < table.header().size(); c++) {
            var cell = header.createCell(c);
            cell.setCellValue(table.header().get(c));
            cell.setCellStyle(bold);
        }
        sheet.createFreezePane(0, 1);
        return sheet;
    }
}
