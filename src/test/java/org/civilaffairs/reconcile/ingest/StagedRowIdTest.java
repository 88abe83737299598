package org.civilaffairs.reconcile.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StagedRowIdTest {

    @ParameterizedTest(name = "file {0} line {1}")
    @CsvSource({
        // file,      line,        key
        "1,           2,           4294967298",
        "1,           4294967295,  8589934591",
        "62,          1000001,     266288972353",
        "2147483647,  4294967295,  9223372036854775807",
    })
    void aFileIsTheHighHalfAndALineTheLowOne(long file, long line, long key) {
        assertThat(StagedRowId.of(file, line)).isEqualTo(key);
        assertThat(key).isBetween(StagedRowId.firstOf(file), StagedRowId.lastOf(file));
    }

    @ParameterizedTest(name = "file {0}")
    @CsvSource({"1", "62", "2147483646"})
    void aFileEndsWhereTheNextBegins(long file) {
        assertThat(StagedRowId.lastOf(file) + 1).isEqualTo(StagedRowId.firstOf(file + 1));
    }

    @ParameterizedTest(name = "file {0} line {1}")
    @CsvSource({
        "1,           -1",
        "1,           4294967296",
        "-1,          2",
        "2147483648,  2",
    })
    void whatDoesNotFitHasNoKey(long file, long line) {
        assertThatThrownBy(() -> StagedRowId.of(file, line)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("no staged row key for line " + line + " of file " + file);
    }
}
