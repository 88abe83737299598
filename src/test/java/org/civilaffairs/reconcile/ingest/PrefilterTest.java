package org.civilaffairs.reconcile.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A prefilter never says "certainly not" to a member, and rarely "perhaps" to anyone else. */
class PrefilterTest {

    @ParameterizedTest(name = "{0} members")
    @ValueSource(ints = {0, 1, 1000, 200_000})
    void keepsEveryMemberAndFewOthers(int members) {
        Random random = new Random(members);
        Prefilter filter = new Prefilter(members);
        String[] ids = new String[members];
        for (int i = 0; i < members; i++) {
            ids[i] = id(random);
            filter.add(ids[i].hashCode());
        }
        for (String id : ids) {
            assertThat(filter.mightContain(id.hashCode())).as(id).isTrue();
        }
        int wrong = 0;
        for (int i = 0; i < 100_000; i++) {
            wrong += filter.mightContain(("other" + id(random)).hashCode()) ? 1 : 0;
        }
        assertThat(wrong).isLessThan(2_500);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"", "1", "110101199003074514", "张三"})
    void hashesARangeLikeItsSubstring(String text) {
        for (int from = 0; from <= text.length(); from++) {
            for (int to = from; to <= text.length(); to++) {
                assertThat(Prefilter.hash(text, from, to)).isEqualTo(text.substring(from, to).hashCode());
            }
        }
    }

    private static String id(Random random) {
        return String.format("%017d", Math.floorMod(random.nextLong(), 100_000_000_000_000_000L)) + random.nextInt(10);
    }
}
