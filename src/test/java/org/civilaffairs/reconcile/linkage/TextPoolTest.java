package org.civilaffairs.reconcile.linkage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.civilaffairs.reconcile.columns.ColumnSpace;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A pool numbers texts as a map of (tag, text) to the order first seen would, and gives each back. */
class TextPoolTest {

    @ParameterizedTest(name = "{0} lookups of {1} texts, {2} tags, mapped {3}")
    @CsvSource({"0, 1, 1, false", "10, 3, 1, false", "5000, 700, 3, false", "200000, 50000, 7, false", "100000, 1, 1, false",
            "10, 3, 1, true", "200000, 50000, 7, true"})
    void numbersAsAMapInOrderFirstSeen(int lookups, int texts, int tagCount, boolean mapped, @TempDir Path dir) {
        SplittableRandom random = new SplittableRandom(lookups);
        TextPool pool = new TextPool(mapped ? ColumnSpace.filesIn(dir) : ColumnSpace.HEAP);
        Map<String, Integer> expected = new HashMap<>();
        List<String> inOrder = new ArrayList<>();
        for (int n = 0; n < lookups; n++) {
            int tag = random.nextInt(tagCount);
            String text = text(random.nextInt(texts));
            String key = tag + "|" + text;
            assertThat(pool.find(tag, text)).isEqualTo(expected.getOrDefault(key, -1));
            int number = expected.computeIfAbsent(key, k -> {
                inOrder.add(text);
                return inOrder.size() - 1;
            });
            assertThat(pool.index(tag, text)).as("lookup %d of %s", n, key).isEqualTo(number);
        }
        assertThat(pool.size()).isEqualTo(inOrder.size());
        assertThat(pool.freeze().texts()).containsExactlyElementsOf(inOrder);
        for (int k = 0; k < pool.size(); k++) {
            String text = inOrder.get(k);
            assertThat(pool.length(k)).isEqualTo(text.length());
            for (String prefix : List.of("", "王", "王芳", "H1", "阿依古丽1", text, text + "x")) {
                assertThat(pool.startsWith(k, prefix)).as("%s starts with %s", text, prefix).isEqualTo(text.startsWith(prefix));
            }
        }
    }

    /** Texts of every length from empty, in Chinese and Latin letters, some of them prefixes of others. */
    private static String text(int k) {
        return k % 5 == 0 ? "" + k : k % 5 == 1 ? "王" + "芳".repeat(k % 7) : k % 5 == 2 ? "H" + k + "·" : k % 5 == 3 ? "" : "阿依古丽" + k;
    }
}
