package org.civilaffairs.reconcile.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** An export longer than a sheet continues on further sheets, each under the header, no row lost. */
class XlsxWriterTest {

    @ParameterizedTest(name = "{0} rows, {1} per sheet -> {2}")
    @CsvSource(delimiter = '|', value = {"0|4|rejects:0", "3|4|rejects:3", "4|4|rejects:3 rejects (2):1",
            "7|4|rejects:3 rejects (2):3 rejects (3):1"})
    void longExportsContinueOnFurtherSheets(int rows, int rowsPerSheet, String expected) throws IOException {
        List<List<String>> data = IntStream.range(0, rows).mapToObj(i -> List.of("line " + i, String.valueOf(i))).toList();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        XlsxWriter.write(new ExportTable("rejects", List.of("raw", "line"), data, List.of(false, true)), out, rowsPerSheet);

        List<String> sheets = new ArrayList<>();
        List<String> read = new ArrayList<>();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            for (Sheet sheet : book) {
                sheets.add(sheet.getSheetName() + ":" + sheet.getLastRowNum());
                assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("原始行（已脱敏）");
                for (Row row : sheet) {
                    if (row.getRowNum() > 0) {
                        read.add(row.getCell(0).getStringCellValue());
                    }
                }
            }
        }
        assertThat(String.join(" ", sheets)).isEqualTo(expected);
        assertThat(read).isEqualTo(data.stream().map(r -> r.get(0)).toList());
    }
}
