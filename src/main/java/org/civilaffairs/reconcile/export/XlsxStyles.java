package org.civilaffairs.reconcile.export;

import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

/** The cell styles of every workbook the application writes, and its header and text cells. */
public final class XlsxStyles {

    public final CellStyle bold;
    public final CellStyle money;
    public final CellStyle count;
    public final CellStyle percent;

    public XlsxStyles(Workbook workbook) {
        bold = workbook.createCellStyle();
        Font font = workbook.createFont();
        font.setBold(true);
        bold.setFont(font);
        money = numberStyle(workbook, "#,##0.00");
        count = numberStyle(workbook, "#,##0");
        percent = numberStyle(workbook, "0.00%");
    }

    /** A bold header row; it and every row above it stay in view, as do the first {@code frozenColumns} columns. */
    public void header(Sheet sheet, int rowIndex, List<String> labels, int frozenColumns) {
        Row row = sheet.createRow(rowIndex);
        for (int c = 0; c < labels.size(); c++) {
            Cell cell = row.createCell(c);
            text(cell, labels.get(c));
            cell.setCellStyle(bold);
        }
        sheet.createFreezePane(frozenColumns, rowIndex + 1);
    }

    /** A text cell, neutralised so that a spreadsheet never runs it as a formula. */
    public static void text(Cell cell, String value) {
        cell.setCellValue(Cells.text(value));
    }

    private static CellStyle numberStyle(Workbook workbook, String format) {
        CellStyle style = workbook.createCellStyle();
        style.setDataFormat(workbook.createDataFormat().getFormat(format));
        return style;
    }
}
