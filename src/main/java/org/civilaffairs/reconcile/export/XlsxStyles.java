package org.civilaffairs.reconcile.export;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;

/** The cell styles of every workbook the application writes, and its header and text cells. */
public final class XlsxStyles {

    /** How a cell shows its value. */
    public enum Format {
        /** text, or a number without grouping (a year, a line number) */
        PLAIN("General"),
        /** a count: {@code 1,234} */
        COUNT("#,##0"),
        /** money in yuan: {@code 1,234.50} */
        MONEY("#,##0.00"),
        /** a ratio as a percentage: {@code 54.56%} */
        RATE("0.00%");

        final String pattern;

        Format(String pattern) {
            this.pattern = pattern;
        }
    }

    public final CellStyle bold;
    /** A header cell: bold and centred over its column, text and numbers alike. */
    public final CellStyle header;
    public final CellStyle money;
    public final CellStyle count;
    public final CellStyle percent;

    private final Workbook workbook;
    private final Map<String, CellStyle> styles = new HashMap<>();

    public XlsxStyles(Workbook workbook) {
        this.workbook = workbook;
        bold = style(Format.PLAIN, true);
        header = workbook.createCellStyle();
        header.cloneStyleFrom(bold);
        header.setAlignment(HorizontalAlignment.CENTER);
        money = style(Format.MONEY, false);
        count = style(Format.COUNT, false);
        percent = style(Format.RATE, false);
    }

    /** The style of a format, in bold for a total row; one style per combination in the workbook. */
    public CellStyle style(Format format, boolean bold) {
        return styles.computeIfAbsent(format + "/" + bold, k -> {
            CellStyle style = workbook.createCellStyle();
            style.setDataFormat(workbook.createDataFormat().getFormat(format.pattern));
            if (bold) {
                Font font = workbook.createFont();
                font.setBold(true);
                style.setFont(font);
            }
            return style;
        });
    }

    /** A bold header row; it and every row above it stay in view, as do the first {@code frozenColumns} columns. */
    public void header(Sheet sheet, int rowIndex, List<String> labels, int frozenColumns) {
        Row row = sheet.createRow(rowIndex);
        for (int c = 0; c < labels.size(); c++) {
            Cell cell = row.createCell(c);
            text(cell, labels.get(c));
            cell.setCellStyle(header);
        }
        sheet.createFreezePane(frozenColumns, rowIndex + 1);
    }

    /** Printed on A4 landscape, one page wide, with the header row on every page. */
    public static void printWide(Sheet sheet, int headerRow) {
        PrintSetup print = sheet.getPrintSetup();
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setLandscape(true);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
        sheet.setFitToPage(true);
        sheet.setRepeatingRows(new CellRangeAddress(headerRow, headerRow, -1, -1));
    }

    /** A text cell, neutralised so that a spreadsheet never runs it as a formula. */
    public static void text(Cell cell, String value) {
        cell.setCellValue(Cells.text(value));
    }

    /**
     * The width of a column that shows {@code widest} characters-worth of text (a CJK character is two):
     * 15 % more for bold text and capitals, which are wider than the digit a character width is measured
     * by, and two for the margins; a column never grows past what a screen shows.
     */
    public static int width(int widest) {
        return Math.min((int) Math.ceil(Math.max(widest, 6) * 1.15) + 2, 80) * 256;
    }

    /** How many character widths a text takes: two for a CJK or full-width character, one otherwise. */
    public static int textWidth(String text) {
        int width = 0;
        for (int i = 0; i < text.length(); i++) {
            width += text.charAt(i) >= 0x1100 ? 2 : 1;
        }
        return width;
    }
}
