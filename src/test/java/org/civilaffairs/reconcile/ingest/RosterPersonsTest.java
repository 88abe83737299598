package org.civilaffairs.reconcile.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RosterPersonsTest {

    private static final YearMonth MONTH = YearMonth.of(2024, 5);

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0} / {1} / {2}")
    @CsvSource({
        // street, name and ID as staged, then as read back: the name normalized, the ID when valid (none when broken)
        "一元街,  张 三,  42011119990727600X, 张三, 42011119990727600X",
        "一元街,  李四,   42011119990727600Y, 李四, ''",
        "'',      王五,   '',                 王五, ''",
        "车站街,  赵·六,  420111202406300015, 赵·六, ''",
    })
    void readsBackWhatTheMonthsFiltersTakeOfEachRow(String street, String name, String id, String normalized, String validId) {
        Path file = RosterPersons.path(dir, MONTH, 7);
        RosterPersons.Output out = RosterPersons.create(file, MONTH);
        out.add(street, name, id);
        out.commit();
        List<String> read = new ArrayList<>();
        assertThat(RosterPersons.read(file, (s, p) -> read.add(s + "|" + p.normalizedName() + "|" + p.validId()))).isTrue();
        WrittenPerson expected = WrittenPerson.of(name, id, MONTH.atEndOfMonth());
        assertThat(expected.normalizedName()).isEqualTo(normalized);
        assertThat(expected.validId()).isEqualTo(validId.isEmpty() ? null : validId);
        assertThat(read).containsExactly(street + "|" + expected.normalizedName() + "|" + expected.validId());
    }

    @Test
    void isReadOnlyOnceCommittedAndReplacesAnEarlierOne() throws Exception {
        Path file = RosterPersons.path(dir, MONTH, 7);
        assertThat(RosterPersons.read(file, (s, p) -> { })).isFalse();
        RosterPersons.Output first = RosterPersons.create(file, MONTH);
        for (int i = 0; i < 70_000; i++) {
            first.add("街道" + (i % 9), "某" + i, "");
        }
        assertThat(RosterPersons.read(file, (s, p) -> { })).as("nothing visible before the commit").isFalse();
        first.commit();
        List<String> names = new ArrayList<>();
        assertThat(RosterPersons.read(file, (s, p) -> names.add(p.normalizedName()))).isTrue();
        assertThat(names).hasSize(70_000).startsWith("某0").endsWith("某69999");

        RosterPersons.Output second = RosterPersons.create(file, MONTH);
        second.commit();
        names.clear();
        assertThat(RosterPersons.read(file, (s, p) -> names.add(p.normalizedName()))).isTrue();
        assertThat(names).isEmpty();
        try (var left = Files.list(file.getParent())) {
            assertThat(left).containsExactly(file);
        }
    }
}
