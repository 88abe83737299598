package org.civilaffairs.reconcile.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/** xlsx exports: header in bold and frozen, numbers as numbers with money formatted. */
public final class XlsxWriter {

    private XlsxWriter() {
    }

    public static void write(ExportTable table, OutputStream out) throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(500)) {
            XlsxStyles styles = new XlsxStyles(workbook);
            Sheet sheet = workbook.createSheet(table.name());
            styles.header(sheet, 0, table.header(), 0);
            int r = 1;
            for (List<String> values : table.rows()) {
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
            workbook.write(out);
        }
    }
}
