package org.civilaffairs.reconcile.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** CSV exports: UTF-8 with BOM so spreadsheet programs show Chinese, RFC 4180 quoting, CRLF. */
public final class CsvWriter {

    private CsvWriter() {
    }

    public static void write(ExportTable table, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write('\uFEFF');
        CSVPrinter printer = new CSVPrinter(writer, CSVFormat.DEFAULT);
        printer.printRecord(table.header());
        for (List<String> row : table.rows()) {
            printer.printRecord(row);
        }
        printer.flush();
    }
}
