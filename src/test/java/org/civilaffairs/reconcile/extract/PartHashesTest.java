package org.civilaffairs.reconcile.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.BitSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PartHashesTest {

    @ParameterizedTest(name = "{0} pairs over {1} hashes, sized for {2}")
    @CsvSource({
        // pairs, distinct hashes, expected size (fewer than the pairs: the table grows)
        "0,      1,     8",
        "100,    10,    100",
        "50000,  20000, 1000",
        "50000,  50000, 50000",
    })
    void everyPartitionOfAHashIsFoundAndNoOther(int pairs, int distinct, int expected) {
        Random random = new Random(pairs + distinct);
        PartHashes table = new PartHashes(expected);
        Map<Integer, TreeSet<Integer>> truth = new HashMap<>();
        for (int i = 0; i < pairs; i++) {
            int hash = random.nextInt(distinct) * 0x10000; // low bits alike: the slots must still spread
            int part = random.nextInt(40);
            table.add(hash, part);
            truth.computeIfAbsent(hash, k -> new TreeSet<>()).add(part);
        }
        for (int h = 0; h <= distinct; h++) {
            BitSet found = new BitSet();
            table.addPartsOf(h * 0x10000, found);
            assertThat(found.stream().boxed().toList()).isEqualTo(truth.getOrDefault(h * 0x10000, new TreeSet<>()).stream().toList());
        }
    }
}
