package org.civilaffairs.reconcile.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IdTableTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "000000000000000000, 0",
        "000000000000000001, 1",
        "00000000000000000X, 10",
        "000000000000000010, 11",
        "999999999999999999, 1099999999999999998",
        "99999999999999999X, 1099999999999999999",
        "42010419900307777X, 462114618903385557",
        "42010419900307777x, -1",
        "420104900307777, -1",
        "4201041990030777X7, -1",
        "'42010419900307777 ', -1",
        "'', -1"})
    void packsTheSeventeenDigitsAndTheCheckCharacter(String id, long packed) {
        assertThat(IdTable.packed(id)).isEqualTo(packed);
    }

    @Test
    void answersAsAHashMapThroughGrowthForIdsAndOtherKeys() {
        SplittableRandom random = new SplittableRandom(5);
        IdTable<String> table = new IdTable<>(4);
        Map<String, String> expected = new HashMap<>();
        List<String> asked = new ArrayList<>();
        for (int n = 0; n < 50_000; n++) {
            String id = randomKey(random);
            String value = "v" + n;
            table.putIfAbsent(id, value);
            expected.putIfAbsent(id, value);
            asked.add(id);
            asked.add(randomKey(random));
        }
        for (String id : asked) {
            assertThat(table.get(id)).as(id).isEqualTo(expected.get(id));
            assertThat(table.containsKey(id)).isEqualTo(expected.containsKey(id));
        }
        assertThat(table.size()).isEqualTo(expected.size());
    }

    /** Mostly IDs of one district, some of them again, and now and then a key of another shape. */
    private static String randomKey(SplittableRandom random) {
        if (random.nextInt(20) == 0) {
            return switch (random.nextInt(3)) {
                case 0 -> "UNRESOLVED|张三|" + random.nextInt(100);
                case 1 -> "42010419900307" + random.nextInt(100, 999) + "x";
                default -> Long.toString(random.nextLong(100_000_000_000_000L, 999_999_999_999_999L));
            };
        }
        String digits = "4201" + String.format("%013d", random.nextLong(20_000));
        int check = random.nextInt(11);
        return digits + (check == 10 ? "X" : Integer.toString(check));
    }
}
