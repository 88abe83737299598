package org.civilaffairs.reconcile.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A plain line's record, its fields made when asked for, equals the record read field by field. */
class CsvRecordTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"a", ",", "汉正街,,H1,张三,", " ,x, ", "420104194811201875,670,2024-05-31,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,z"})
    void aPlainLineGivesItsFieldsInAnyOrder(String line) throws IOException {
        CsvRecord plain = read(line);
        List<String> expected = List.of(line.split(",", -1));
        for (int i = expected.size() - 1; i >= 0; i--) {
            assertThat(plain.field(i)).isEqualTo(expected.get(i));
        }
        assertThat(plain.field(expected.size())).isNull();
        assertThat(plain.field(-1)).isNull();
        assertThat(plain.size()).isEqualTo(expected.size());
        assertThat(plain.raw()).isEqualTo(line);
        assertThat(read(line)).isEqualTo(new CsvRecord(1, expected, line, false)).hasSameHashCodeAs(new CsvRecord(1, expected, line, false));
    }

    private static CsvRecord read(String line) throws IOException {
        try (CsvRecordReader records = new CsvRecordReader(new StringReader(line + "\n"))) {
            return records.next();
        }
    }
}
