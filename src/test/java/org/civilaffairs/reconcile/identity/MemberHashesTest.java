package org.civilaffairs.reconcile.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A street's member hashes in chunks: every (household, distinct member) once, every street at least one chunk. */
class MemberHashesTest {

    @ParameterizedTest(name = "{0} households of {1} members: {2} chunks")
    @CsvSource({"0, 0, 1", "1, 1, 1", "1000, 1, 1", "1001, 1, 2", "500, 2, 1", "501, 2, 2", "2500, 1, 3"})
    void chunksOfAStreet(int households, int members, int chunks) {
        List<Household> street = new ArrayList<>();
        List<Long> expected = new ArrayList<>();
        for (int h = 0; h < households; h++) {
            List<String> keys = new ArrayList<>();
            for (int m = 0; m < members; m++) {
                keys.add("4201041990" + String.format("%08d", h * 10 + m));
                expected.add(RepeatedKeys.hash(keys.get(m)));
            }
            keys.addAll(keys); // a member listed twice counts once in a household
            street.add(household("一元街", "H" + h, keys));
        }
        List<MemberHashes.Chunk> written = MemberHashes.of(List.of("一元街"), street);
        assertThat(written).hasSize(chunks).allMatch(c -> c.street().equals("一元街"))
                .extracting(MemberHashes.Chunk::number).containsExactlyElementsOf(IntStream.range(0, chunks).boxed().toList());
        List<Long> read = new ArrayList<>();
        written.forEach(c -> MemberHashes.forEach(c.hashes(), read::add));
        assertThat(read).isEqualTo(expected);
    }

    @ParameterizedTest(name = "streets {0}")
    @CsvSource({"'万松街,一元街', '一元街,万松街'", "'一元街', '一元街,万松街'"})
    void everyStreetHasAChunkInStreetOrder(String resolved, String expected) {
        List<Household> households = List.of(household("万松街", "H1", List.of("U:张三|123")));
        List<MemberHashes.Chunk> written = MemberHashes.of(List.of(resolved.split(",")), households);
        assertThat(written).extracting(MemberHashes.Chunk::street).containsExactly(expected.split(","));
        assertThat(written.stream().filter(c -> c.street().equals("万松街")).findFirst().orElseThrow().hashes()).hasSize(8);
    }

    private static Household household(String street, String id, List<String> keys) {
        return new Household(street, "URBAN_DIBAO", id, 1, keys.get(0), BigDecimal.TEN, null, keys);
    }
}
