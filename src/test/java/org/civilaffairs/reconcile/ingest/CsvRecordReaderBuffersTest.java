package org.civilaffairs.reconcile.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Records read in place (one line, no quote) and records read character by character give the same
 * fields, raw text and line numbers, wherever the 64 KiB buffer ends: in a record, between a CR and
 * its LF, in a quoted line break.
 */
class CsvRecordReaderBuffersTest {

    private static final String[] VALUES = {"", " ", "汉正街", "城市低保", "420104194811201875", "张三", "670", "x y", "\t"};
    private static final String[] BREAKS = {"\n", "\r\n", "\r"};

    @Test
    void everyRecordIsReadAsWrittenAcrossBufferEnds() {
        SplittableRandom random = new SplittableRandom(11);
        StringBuilder text = new StringBuilder();
        List<String> expected = new ArrayList<>();
        long line = 1;
        while (text.length() < 600_000) {
            if (random.nextInt(50) == 0) { // a blank line: skipped, counted
                text.append("  ").append(BREAKS[random.nextInt(BREAKS.length)]);
                line++;
                continue;
            }
            List<String> fields = new ArrayList<>();
            StringBuilder raw = new StringBuilder();
            long start = line;
            for (int f = 0, n = random.nextInt(1, 12); f < n; f++) {
                String value = VALUES[random.nextInt(VALUES.length)];
                raw.append(f == 0 ? "" : ",");
                if (random.nextInt(40) == 0) { // quoted, with a doubled quote and a line break inside
                    raw.append('"').append(value).append("\"\",\n").append('"');
                    fields.add(value + "\",\n");
                    line++;
                } else {
                    raw.append(value);
                    fields.add(value);
                }
            }
            if (fields.stream().allMatch(String::isBlank) && !raw.toString().contains("\"")) {
                fields = List.of("ok");
                raw.setLength(0);
                raw.append("ok");
            }
            expected.add(start + "|" + String.join("¦", fields) + "|" + raw);
            text.append(raw).append(BREAKS[random.nextInt(BREAKS.length)]);
            line++;
        }
        List<String> read = new ArrayList<>();
        try (CsvRecordReader reader = new CsvRecordReader(new StringReader(text.toString()))) {
            for (CsvRecord r = reader.next(); r != null; r = reader.next()) {
                assertThat(r.broken()).isFalse();
                read.add(r.line() + "|" + String.join("¦", r.fields()) + "|" + r.raw());
            }
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
        assertThat(read).isEqualTo(expected);
    }
}
