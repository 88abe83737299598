package org.civilaffairs.reconcile.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StreetHouseholdsTest {

    private static final YearMonth MONTH = YearMonth.of(2024, 5);
    private static final String LONG_KEY = "U:" + "4".repeat(400);

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // members as resolve has them (',' between keys) | declared income | members as the household table stores them
        "420104194811201875                          | 1200.50 | 420104194811201875",
        "420104194811201875,42010419481120187X        |         | 420104194811201875,42010419481120187X",
        "U:4201 0419-4811,U:4201 0419-4811,U:张 三    | 0.00    | U:4201 0419-4811,U:张 三",
    })
    void readsBackWhatTheHouseholdTableHolds(String members, BigDecimal declaredIncome, String stored) {
        List<String> keys = List.of(members.split(","));
        Household h = new Household("汉正街", "DIBAO", "H-01", 4, keys.get(0), new BigDecimal("640.00"), declaredIncome, keys);
        assertThat(readAll(write("汉正街", h))).containsExactly(
                "汉正街|DIBAO|H-01|" + keys.get(0) + "|640.00|" + declaredIncome + "|" + List.of(stored.split(",")));
    }

    @Test
    void keysAreCutAsTheColumnsCutThem() {
        Household h = new Household("汉正街", "TEKUN", "H-02", 4, LONG_KEY, new BigDecimal("1.00"), null,
                List.of(LONG_KEY, LONG_KEY + "9"));
        String cut = LONG_KEY.substring(0, 300);
        assertThat(readAll(write("汉正街", h))).containsExactly("汉正街|TEKUN|H-02|" + cut + "|1.00|null|" + List.of(cut));
    }

    @Test
    void theHeadIsTheMembersOwnKeyNotACopy() {
        Household h = new Household("汉正街", "DIBAO", "H-03", 4, "42010419481120187X", new BigDecimal("640.00"), null,
                List.of("420104194811201875", "42010419481120187X"));
        List<Boolean> shared = new ArrayList<>();
        StreetHouseholds.read(write("汉正街", h), (street, program, household, head, amount, income, members) ->
                shared.add(members.stream().anyMatch(member -> member == head)));
        assertThat(shared).containsExactly(true);
    }

    @Test
    void aStreetWithoutHouseholdsHasAnEmptyFileAndAMissingOneIsNotRead() {
        assertThat(readAll(write("一元街"))).isEmpty();
        assertThat(StreetHouseholds.read(StreetHouseholds.path(dir, MONTH, "无此街道"), (s, p, h, k, a, d, m) -> { }))
                .isFalse();
    }

    @ParameterizedTest(name = "wanted {0}")
    @CsvSource(delimiter = '|', value = {
        // the members whose hash is wanted | what the close reads: household, member
        "''                                   | ''",
        "420104194811201875                   | H-04 420104194811201875",
        "42010419481120187X,U:张 三           | H-04 42010419481120187X;H-05 U:张 三",
        "420104194811201875,42010419481120187X,U:张 三 | H-04 420104194811201875;H-04 42010419481120187X;H-05 U:张 三",
    })
    void theCloseReadsOnlyTheMembersItWantsOfEachHousehold(String wanted, String read) {
        Household first = new Household("汉正街", "DIBAO", "H-04", 4, "420104194811201875", new BigDecimal("640.00"),
                new BigDecimal("12.00"), List.of("420104194811201875", "42010419481120187X"));
        Household second = new Household("汉正街", "TEKUN", "H-05", 4, "U:张 三", new BigDecimal("1.00"), null,
                List.of("U:张 三"));
        Set<Long> hashes = Stream.of(wanted.split(",")).map(RepeatedKeys::hash).collect(Collectors.toSet());
        List<String> members = new ArrayList<>();
        assertThat(StreetHouseholds.readMembers(write("汉正街", first, second), hashes::contains,
                (street, program, household, key) -> members.add(street + " " + program + " " + household + " " + key)))
                .isTrue();
        assertThat(members).containsExactlyElementsOf(read.isEmpty() ? List.of() : Stream.of(read.split(";"))
                .map(m -> "汉正街 " + (m.startsWith("H-04") ? "DIBAO " : "TEKUN ") + m).toList());
        assertThat(StreetHouseholds.readMembers(StreetHouseholds.path(dir, MONTH, "无此街道"), h -> true,
                (s, p, h, k) -> { })).isFalse();
    }

    private Path write(String street, Household... households) {
        Path file = StreetHouseholds.path(dir, MONTH, street);
        StreetHouseholds.write(file, street, List.of(households));
        return file;
    }

    private static List<String> readAll(Path file) {
        List<String> read = new ArrayList<>();
        assertThat(StreetHouseholds.read(file, (street, program, household, head, amount, income, members) ->
                read.add(String.join("|", street, program, household, head, amount.toString(), String.valueOf(income),
                        members.toString())))).isTrue();
        return read;
    }
}
