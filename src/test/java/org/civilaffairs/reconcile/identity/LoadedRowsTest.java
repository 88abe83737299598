package org.civilaffairs.reconcile.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LoadedRowsTest {

    private static final YearMonth MONTH = YearMonth.of(2024, 5);

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0} superseded={1}")
    @CsvSource({
        // outcome, superseded, read back
        "LOADED,    false, true",
        "LOADED,    true,  false",
        "REJECTED,  false, false",
        "COLLAPSED, false, false",
    })
    void onlyTheLoadedRowsNotSupersededAreWritten(StagedRow.Outcome outcome, boolean superseded, boolean readBack) {
        StagedRow row = row(3, 7, "汉正街", "420104194811201875", null);
        row.outcome = outcome;
        row.superseded = superseded;
        assertThat(readAll(write("汉正街", row))).hasSize(readBack ? 1 : 0);
    }

    @Test
    void streetsAreMergedInTheOrderOfTheStagedRows() {
        Path a = write("一元街", row(1, 2, "一元街", "420104194811201875", "社区甲"), row(2, 5, "一元街", "4201", null));
        Path b = write("汉正街", row(1, 3, "汉正街", "", "社区乙"), row(2, 4, "汉正街", "42010419481120187X", "社区丙"),
                row(3, 9, "汉正街", "420104194811201875", "社区丁"));
        assertThat(readAll(b, a)).containsExactly(
                "1:2|一元街|URBAN_DIBAO|H1-2|社区甲|张三|420104194811201875|420104194811201875",
                "1:3|汉正街|URBAN_DIBAO|H1-3|社区乙|张三||U:张三|",
                "2:4|汉正街|URBAN_DIBAO|H2-4|社区丙|张三|42010419481120187X|42010419481120187X",
                "2:5|一元街|URBAN_DIBAO|H2-5|null|张三|4201|U:张三|4201",
                "3:9|汉正街|URBAN_DIBAO|H3-9|社区丁|张三|420104194811201875|420104194811201875");
    }

    @Test
    void aMissingStreetReadsAsNone() {
        Path a = write("一元街", row(1, 2, "一元街", "420104194811201875", null));
        List<String> read = new ArrayList<>();
        assertThat(LoadedRows.read(List.of(a, LoadedRows.path(dir, MONTH, "汉正街")), (f, l, s, p, h, c, n, i, k) -> read.add(n)))
                .isFalse();
        assertThat(read).isEmpty();
    }

    private static StagedRow row(long file, long line, String street, String id, String community) {
        StagedRow row = new StagedRow(file, line, street, "URBAN_DIBAO", true, "H" + file + "-" + line, "张三", id, true, null, null,
                null).inCommunity(community);
        row.key = id.length() == 18 ? new PersonKey(id, PersonKey.Method.VALID, null)
                : new PersonKey("U:张三|" + id, PersonKey.Method.UNRESOLVED, null);
        row.outcome = StagedRow.Outcome.LOADED;
        return row;
    }

    private Path write(String street, StagedRow... rows) {
        Path file = LoadedRows.path(dir, MONTH, street);
        LoadedRows.write(file, street, List.of(rows));
        return file;
    }

    private static List<String> readAll(Path... files) {
        List<String> read = new ArrayList<>();
        assertThat(LoadedRows.read(List.of(files), (file, line, street, program, household, community, name, id, key) ->
                read.add(String.join("|", file + ":" + line, street, program, household, String.valueOf(community), name, id, key))))
                .isTrue();
        return read;
    }
}
