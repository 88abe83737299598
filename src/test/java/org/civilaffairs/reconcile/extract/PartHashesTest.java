package org.civilaffairs.reconcile.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.BitSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;
import org.civilaffairs.reconcile.columns.ColumnSpace;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PartHashesTest {

    @ParameterizedTest(name = "{0} pairs over {1} hashes, sized for {2}, mapped {3}")
    @CsvSource({
        // pairs, distinct hashes, expected size (fewer than the pairs: the table grows), in mapped files
        "0,      1,     8,     false",
        "100,    10,    100,   false",
        "50000,  20000, 1000,  false",
        "50000,  50000, 50000, false",
        "50000,  20000, 1000,  true",
        "50000,  50000, 50000, true",
    })
    void everyPartitionOfAHashIsFoundAndNoOther(int pairs, int distinct, int expected, boolean mapped, @TempDir Path dir) {
        Random random = new Random(pairs + distinct);
        PartHashes table = new PartHashes(expected, mapped ? ColumnSpace.filesIn(dir) : ColumnSpace.HEAP);
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
