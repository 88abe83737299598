package org.civilaffairs.reconcile.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StreetLinesTest {

    @ParameterizedTest(name = "lines {0} of {1} rows: kept {2}")
    @CsvSource({
        // lines of the street,              rows of the file, kept by key
        "'2',                                 4,                true",
        "'2 3',                               4,                false",
        "'1 127 128 255 16384 2097152 9000000000', 28,          true",
        "'5 6 7',                             11,               false",
        "'5 6 7',                             12,               true",
    })
    void aMinorityIsKeptAndReadBackAsWritten(String lines, long fileRows, boolean kept) {
        long[] expected = Arrays.stream(lines.split(" ")).mapToLong(Long::parseLong).toArray();
        StreetLines street = new StreetLines();
        Arrays.stream(expected).forEach(street::add);
        byte[] packed = street.packedFor(fileRows);
        assertThat(street.count()).isEqualTo(expected.length);
        assertThat(packed != null).isEqualTo(kept);
        if (kept) {
            assertThat(StreetLines.unpack(packed)).containsExactly(expected);
        }
    }

    @ParameterizedTest(name = "{0} lines, {1} apart")
    @CsvSource({
        "16000, 1,   true",
        "16001, 1,   false",
        "8000,  128, true",
        "8001,  128, false",
    })
    void theLinesMustFitTheColumn(int count, long apart, boolean kept) {
        StreetLines street = new StreetLines();
        LongStream.range(1, count + 1).map(i -> i * apart).forEach(street::add);
        byte[] packed = street.packedFor(Long.MAX_VALUE);
        assertThat(packed != null).isEqualTo(kept);
        if (kept) {
            assertThat(packed.length).isLessThanOrEqualTo(StreetLines.MAX_BYTES);
            assertThat(StreetLines.unpack(packed)).hasSize(count).endsWith(count * apart);
        }
    }
}
