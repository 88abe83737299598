package org.civilaffairs.reconcile.export;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.civilaffairs.reconcile.aggregate.AggregateRow;
import org.civilaffairs.reconcile.export.XlsxColumns.Column;
import org.civilaffairs.reconcile.export.XlsxStyles.Format;

/**
 * xlsx exports as an analyst reads them: Chinese headers (the code kept beside its label where the code
 * is the key), the header bold, frozen and filterable, numbers as numbers (amounts {@code #,##0.00},
 * rates {@code 0.00%}), the district total (全区) in bold, and every column as wide as its content.
 * A sheet holds at most Excel's 1,048,576 rows; a longer export (a month of hostile files can reject
 * more rows than that) continues on sheets {@code name (2)}, {@code name (3)}, ... each under the header.
 */
public final class XlsxWriter {

    private final ExportTable table;
    private final List<Column> columns;
    private final SXSSFWorkbook workbook;
    private final XlsxStyles styles;
    private final int[] widest;
    private final int street;
    private final List<Sheet> sheets = new ArrayList<>();
    private final Map<Format, DecimalFormat> shown = new EnumMap<>(Format.class);

    private XlsxWriter(ExportTable table, SXSSFWorkbook workbook) {
        this.table = table;
        this.columns = XlsxColumns.of(table);
        this.workbook = workbook;
        this.styles = new XlsxStyles(workbook);
        this.widest = columns.stream().mapToInt(c -> XlsxStyles.textWidth(c.header())).toArray();
        this.street = table.header().indexOf("street");
    }

    public static void write(ExportTable table, OutputStream out) throws IOException {
        write(table, out, SpreadsheetVersion.EXCEL2007.getMaxRows());
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
            for (ExportTable table : tables) {
                new XlsxWriter(table, workbook).rows(rowsPerSheet);
            }
            workbook.write(out);
        }
    }

    private void rows(int rowsPerSheet) {
        Sheet sheet = newSheet();
        int r = 1;
        for (List<String> values : table.rows()) {
            if (r == rowsPerSheet) {
                finish(sheet, r);
                sheet = newSheet();
                r = 1;
            }
            row(sheet.createRow(r++), values);
        }
        finish(sheet, r);
        for (Sheet s : sheets) {
            for (int c = 0; c < columns.size(); c++) {
                s.setColumnWidth(c, XlsxStyles.width(widest[c]));
            }
        }
    }

    private void row(Row row, List<String> values) {
        boolean total = street >= 0 && AggregateRow.DISTRICT.equals(values.get(street));
        for (int c = 0; c < columns.size(); c++) {
            Column column = columns.get(c);
            String v = column.value(values);
            Format format = column.format().apply(values);
            Cell cell = row.createCell(c);
            cell.setCellStyle(styles.style(format, total));
            if (column.labelOf() == null && table.numeric().get(column.source()) && !v.isEmpty()) {
                cell.setCellValue(Double.parseDouble(v));
                widest[c] = Math.max(widest[c], shownWidth(v, format));
            } else {
                XlsxStyles.text(cell, v);
                widest[c] = Math.max(widest[c], XlsxStyles.textWidth(v));
            }
        }
    }

    /** How wide a number is once its format has grouped its digits or made it a percentage. */
    private int shownWidth(String number, Format format) {
        if (format == Format.PLAIN) {
            return number.length();
        }
        return shown.computeIfAbsent(format, f -> new DecimalFormat(f.pattern, DecimalFormatSymbols.getInstance(Locale.ROOT)))
                .format(new BigDecimal(number)).length();
    }

    private Sheet newSheet() {
        int number = sheets.size() + 1;
        Sheet sheet = workbook.createSheet(number == 1 ? table.name() : table.name() + " (" + number + ")");
        styles.header(sheet, 0, columns.stream().map(Column::header).toList(), 0);
        XlsxStyles.printWide(sheet, 0);
        sheets.add(sheet);
        return sheet;
    }

    /** A filter on the header over the sheet's rows. */
    private void finish(Sheet sheet, int rows) {
        sheet.setAutoFilter(new CellRangeAddress(0, Math.max(rows - 1, 0), 0, columns.size() - 1));
    }
}
