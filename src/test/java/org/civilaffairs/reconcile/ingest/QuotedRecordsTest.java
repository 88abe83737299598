package org.civilaffairs.reconcile.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class QuotedRecordsTest {

    /** The file's text, and its records: values separated by " / ", {@code <none>} for {@code \N}. */
    static Stream<Arguments> files() {
        return Stream.of(
                Arguments.of("\"1\",\"a\"\n", "1 / a"),
                Arguments.of("\"1\",\\N\n\"2\",\"\"\n", "1 / <none> ; 2 / ''"),
                Arguments.of("\"1\",\"say \"\"hi\"\"\"\n", "1 / say \"hi\""),
                Arguments.of("\"1\",\"two\nlines\"", "1 / two\nlines"),
                Arguments.of("\"1\",\"\\N\"\n", "1 / \\N"),
                Arguments.of("\"\"\"\",\"x,y\"\n", "\" / x,y"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void readsWhatTheExtractWrites(String file, String expected) throws IOException {
        assertThat(records(file, 2)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "\"1\"\\n",
        "\"1\",\"2\",\"3\"\\n",
        "\"1\",2\\n",
        "\"1\",\"2\\n",
        "\"1\",\\X\\n",
    })
    void aDamagedRecordIsNamed(String file) {
        assertThatThrownBy(() -> records(file.replace("\\n", "\n"), 2)).hasMessageContaining("extract.csv is damaged at record 1");
    }

    @Test
    void valuesAcrossTheBufferComeWhole() throws IOException {
        StringBuilder file = new StringBuilder();
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            file.append('"').append(i).append("\",\"").append(text(i)).append("\"\n");
            expected.add(i + " / " + text(i).replace("\"\"", "\""));
        }
        assertThat(records(file.toString(), 2)).isEqualTo(String.join(" ; ", expected));
    }

    @Test
    void recordsPassedOverAfterTheirHeadLeaveTheOthersWhole() throws IOException {
        StringBuilder file = new StringBuilder();
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            file.append('"').append(i).append("\",\"").append(text(i)).append("\",").append(i % 5 == 0 ? "\\N" : "\"z\"").append('\n');
            if (i % 3 == 0) {
                expected.add(i + " / " + text(i).replace("\"\"", "\"") + " / " + (i % 5 == 0 ? "<none>" : "z"));
            }
        }
        QuotedRecords records = new QuotedRecords(stream(file.toString()), "extract.csv");
        List<String> read = new ArrayList<>();
        String[] r = new String[3];
        while (records.head(r, 1)) {
            if (Integer.parseInt(r[0]) % 3 == 0) {
                records.rest(r);
                read.add(String.join(" / ", Arrays.stream(r).map(v -> v == null ? "<none>" : v).toList()));
            } else {
                records.skipRest(r.length);
            }
        }
        assertThat(read).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "\"1\",\"2\",\"3\"\\n",
        "\"1\"\\n",
        "\"1\",\"2\\n",
    })
    void aDamagedRecordPassedOverIsNamed(String file) {
        assertThatThrownBy(() -> {
            QuotedRecords records = new QuotedRecords(stream(file.replace("\\n", "\n")), "extract.csv");
            String[] r = new String[2];
            while (records.head(r, 1)) {
                records.skipRest(r.length);
            }
        }).hasMessageContaining("extract.csv is damaged at record 1");
    }

    @Test
    void bytesThatAreNotUtf8AreDamage() {
        byte[] file = {'"', '1', '"', ',', '"', (byte) 0xE5, (byte) 0x28, '"', '\n'};
        assertThatThrownBy(() -> new QuotedRecords(new ByteArrayInputStream(file), "extract.csv").next(new String[2]))
                .hasMessageContaining("extract.csv is damaged");
        byte[] cut = {'"', '1', '"', ',', '"', 'a', '"', '\n', (byte) 0xE5};
        assertThatThrownBy(() -> {
            QuotedRecords records = new QuotedRecords(new ByteArrayInputStream(cut), "extract.csv");
            String[] r = new String[2];
            while (records.next(r)) {
                assertThat(r).containsExactly("1", "a");
            }
        }).hasMessageContaining("extract.csv is damaged at record 2");
    }

    /** A value as the extract holds it: Chinese text, every 7th with a doubled quote, every 11th with a line break. */
    private static String text(int i) {
        return "值" + i + (i % 7 == 0 ? "\"\"q" : "") + (i % 11 == 0 ? "\n" : "");
    }

    private static ByteArrayInputStream stream(String file) {
        return new ByteArrayInputStream(file.getBytes(StandardCharsets.UTF_8));
    }

    private static String records(String file, int values) throws IOException {
        QuotedRecords records = new QuotedRecords(stream(file), "extract.csv");
        List<String> read = new ArrayList<>();
        String[] r = new String[values];
        while (records.next(r)) {
            read.add(String.join(" / ", Arrays.stream(r).map(v -> v == null ? "<none>" : v.isEmpty() ? "''" : v).toList()));
        }
        return String.join(" ; ", read);
    }
}
