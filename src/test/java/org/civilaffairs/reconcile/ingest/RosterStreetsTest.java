package org.civilaffairs.reconcile.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The notice of a month whose rosters the policy's street list reads otherwise: what it names and what it asks. */
class RosterStreetsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "汉正街道 14 - 汉正街     | 14 rows of its rosters otherwise than when they were read: 14 naming '汉正街道' (rejected when read,"
                + " now 汉正街) | reads the month's rosters again under it",
        "梅岭街 15 梅岭街 -       | 15 rows of its rosters otherwise than when they were read: 15 naming '梅岭街' (no longer listed)"
                + " | again under it (a street dropped on purpose needs nothing: its rows were read while it was listed)",
        "梅岭街道 2 梅岭街 -      | 2 rows of its rosters otherwise than when they were read: 2 naming '梅岭街道' (read as 梅岭街,"
                + " no longer listed) | again under it (a street dropped on purpose needs nothing: its rows were read while it was listed)",
        "梅岭街 15 梅岭街 梅岭街道 | 15 rows of its rosters otherwise than when they were read: 15 naming '梅岭街' (now 梅岭街道)"
                + " | 'rerun-month 2019-07 --reread-rosters' reads the month's rosters again under it",
        "a 1 - A, b 1 - B, c 1 - C, d 1 - D, e 1 - E, f 1 - F | 6 rows of its rosters otherwise than when they were read: 1 naming 'a'"
                + " (rejected when read, now A), 1 naming 'b' (rejected when read, now B), 1 naming 'c' (rejected when read, now C),"
                + " 1 naming 'd' (rejected when read, now D), 1 naming 'e' (rejected when read, now E), …"
                + " | 'rerun-month 2019-07 --reread-rosters' reads the month's rosters again under it"})
    void wording(String changes, String problem, String fix) {
        InputWarning notice = RosterStreets.notice(YearMonth.of(2019, 7), changes(changes));
        assertThat(notice.subject()).isEqualTo("2019-07");
        assertThat(notice.problem()).isEqualTo("the policy's street list reads " + problem.strip());
        assertThat(notice.fix()).endsWith(fix.strip());
    }

    /**
     * {@code 汉正街道 14 - 汉正街, 梅岭街 15 梅岭街 -}: the street as written, its rows, the name it was read as and
     * the policy's name for it ({@code -}: none).
     */
    private static List<StreetListChange> changes(String text) {
        return Arrays.stream(text.split(",")).map(String::strip).map(c -> c.split("\\s+"))
                .map(w -> new StreetListChange(YearMonth.of(2019, 7), w[0], orEmpty(w[2]), Long.parseLong(w[1]), orEmpty(w[3])))
                .toList();
    }

    private static String orEmpty(String cell) {
        return cell.equals("-") ? "" : cell;
    }
}
