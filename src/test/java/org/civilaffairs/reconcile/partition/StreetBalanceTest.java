package org.civilaffairs.reconcile.partition;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Streets spread over buckets by weight, and every street held by exactly one bucket. */
class StreetBalanceTest {

    @ParameterizedTest(name = "{0} in {1} buckets -> {2}")
    @CsvSource(delimiter = '|', value = {
            // streets:weight          | buckets | each street's bucket
            "a:10                      | 2 | a:0",
            "a:10 b:10                 | 2 | a:0 b:1",
            "a:30 b:20 c:10            | 2 | a:0 b:1 c:1",
            "a:5 b:5 c:5 d:5           | 2 | a:0 b:1 c:0 d:1",
            "a:100 b:1 c:1 d:1         | 2 | a:0 b:1 c:1 d:1",
            "a:7 b:6 c:5 d:4 e:3 f:2   | 3 | a:0 b:1 c:2 d:2 e:1 f:0",
            "a:0 b:0                   | 2 | a:0 b:1",
            "a:1 b:2                   | 1 | a:0 b:0"})
    void assigns(String streets, int buckets, String expected) {
        assertThat(StreetBalance.assign(parse(streets, Long::parseLong), buckets)).isEqualTo(parse(expected, Integer::parseInt));
    }

    @Test
    void balancesWhatAHashSplitsTwoToOne() {
        Map<String, Long> twelveStreets = new LinkedHashMap<>();
        List.of("汉正街", "宗关街", "汉水桥街", "宝丰街", "荣华街", "汉中街", "六角亭街", "长丰街", "易家街", "韩家墩街", "古田街", "民族街")
                .forEach(s -> twelveStreets.put(s, 20_000L + s.length()));
        Map<String, Integer> assigned = StreetBalance.assign(twelveStreets, 2);
        assertThat(StreetBalance.heaviestShare(twelveStreets, assigned, 2)).isLessThan(0.51);
    }

    @ParameterizedTest(name = "{0} buckets")
    @CsvSource({"1", "2", "3", "4", "7"})
    void everyStreetInExactlyOneBucket(int buckets) {
        Map<String, Integer> assigned = StreetBalance.assign(Map.of("a", 9L, "b", 4L, "c", 4L), buckets);
        List<StreetBucket> parts = StreetBucket.of(YearMonth.of(2024, 5), buckets, assigned);
        for (String street : List.of("a", "b", "c", "not weighed", "光明街")) {
            assertThat(parts.stream().filter(p -> p.holds(street)).count()).as(street).isEqualTo(1);
        }
    }

    private static <V> Map<String, V> parse(String pairs, java.util.function.Function<String, V> value) {
        return Arrays.stream(pairs.trim().split("\\s+")).map(p -> p.split(":"))
                .collect(Collectors.toMap(p -> p[0], p -> value.apply(p[1]), (x, y) -> x, LinkedHashMap::new));
    }
}
