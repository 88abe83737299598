package org.civilaffairs.reconcile.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/** xlsx exports: header in bold and frozen, numbers as numbers with money formatted. */
public final class XlsxWriter {

    private XlsxWriter() {
    }

    public static void write(ExportTable table, OutputStream out) throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(500)) {
            Sheet sheet = workbook.createSheet(table.name());
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            CellStyle money = workbook.createCellStyle();
            money.setDataFormat(workbook.createDataFormat().getFormat("#,##0.00"));
            Row header = sheet.createRow(0);
            for (int c = 0; c < table.header().size(); c++) {
                var cell = header.createCell(c);
                cell.setCellValue(table.header().get(c));
                cell.setCellStyle(bold);
            }
            sheet.createFreezePane(0, 1);
            int r = 1;
            for (List<String> values : table.rows()) {
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
}
