package org.civilaffairs.reconcile.linkage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Rows: 0 is unresolved (a spreadsheet ID), 1 and 2 are person A (two rows), 3 is person B,
 * 4 is another unresolved row. A link is "row-row:weight"; the kept links are listed in order.
 */
class OnePersonPerRowTest {

    private static final LinkageMonth ROWS = month("4.20104E+17");

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            // links                       | kept
            "0-1:2.0                       | 0-1:2.0",
            "0-1:2.0 0-3:1.9               | ''",
            "0-1:5.0 0-3:1.0               | 0-1:5.0",
            "0-1:4.0 0-3:0.69              | ''",
            "0-1:2.0 0-2:1.5               | 0-1:2.0 0-2:1.5",
            "0-1:2.0 0-2:1.5 0-3:1.9       | ''",
            "1-0:2.0 1-4:2.0               | 1-0:2.0 1-4:2.0",
            "0-4:1.0 0-1:2.0 0-3:2.0       | 0-4:1.0",
            "0-1:6.0 0-3:-7.0 4-3:0.0      | 0-1:6.0 4-3:0.0"})
    void anUnreadableIdKeepsOnlyItsOneClearPerson(String links, String kept) {
        assertThat(OnePersonPerRow.keep(parse(links), ROWS, new RegistryNamesakes())).isEqualTo(parse(kept));
    }

    @ParameterizedTest(name = "registry {0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            // registry persons named 王芳  | kept of 0-1:2.0 0-4:1.0
            "''                              | 0-1:2.0 0-4:1.0",
            "420104197001011234              | 0-1:2.0 0-4:1.0",
            "420104197001011234 420104199912121234 | 0-4:1.0",
            "420104197001011234 420105199912121234 | 0-1:2.0 0-4:1.0",
            // 4.20104E+17 may be 420103… rounded up: a 王芳 registered there may be row 0
            "420104197001011234 420103199912121234 | 0-4:1.0",
            "420104197001011234 420102199912121234 | 0-1:2.0 0-4:1.0"})
    void aNamesakeInTheRegistryMakesTheLinkAmbiguous(String registry, String kept) {
        RegistryNamesakes namesakes = new RegistryNamesakes();
        Arrays.stream(registry.trim().split("\\s+")).filter(id -> !id.isEmpty()).forEach(id -> namesakes.add("王芳", id));
        assertThat(OnePersonPerRow.keep(parse("0-1:2.0 0-4:1.0"), ROWS, namesakes)).isEqualTo(parse(kept));
    }

    @ParameterizedTest(name = "masked, registry {0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            // registry persons named 王芳  | kept of 0-1:2.0 0-4:1.0, row 0 showing 420104********1234
            "420104197001011234 420104199912121234 | 0-4:1.0",
            // the other 王芳's last four are not the row's: she cannot be row 0
            "420104197001011234 420104199912125678 | 0-1:2.0 0-4:1.0",
            "420104197001011234 420104199912125678 420104198803031234 | 0-4:1.0"})
    void aMaskedIdIsAmbiguousOnlyAmongNamesakesItMayBe(String registry, String kept) {
        RegistryNamesakes namesakes = new RegistryNamesakes();
        Arrays.stream(registry.trim().split("\\s+")).forEach(id -> namesakes.add("王芳", id));
        assertThat(OnePersonPerRow.keep(parse("0-1:2.0 0-4:1.0"), month("420104********1234"), namesakes)).isEqualTo(parse(kept));
    }

    private static List<OnePersonPerRow.Link> parse(String links) {
        List<OnePersonPerRow.Link> out = new ArrayList<>();
        Arrays.stream(links.trim().split("\\s+")).filter(l -> !l.isEmpty()).forEach(l -> {
            String[] rowsAndWeight = l.split(":");
            String[] pair = rowsAndWeight[0].split("-");
            out.add(new OnePersonPerRow.Link(Integer.parseInt(pair[0]), Integer.parseInt(pair[1]),
                    Double.parseDouble(rowsAndWeight[1])));
        });
        return out;
    }

    /** Rows 0 to 4, all named 王芳, row 0 showing {@code unreadable}. */
    private static LinkageMonth month(String unreadable) {
        LinkageMonth.Builder month = LinkageMonth.builder("2017-05");
        List<String> keys = List.of("U:f.csv:2", "420104197001011234", "420104197001011234", "42010419800202123X", "U:f.csv:6");
        for (int row = 0; row < keys.size(); row++) {
            String key = keys.get(row);
            month.add("f.csv", row + 2, "s", "URBAN_DIBAO", "H" + row, "c", "王芳", row == 0 ? unreadable
                    : key.startsWith("U:") ? "4.20104E+17" : key, key);
        }
        return month.build();
    }
}
