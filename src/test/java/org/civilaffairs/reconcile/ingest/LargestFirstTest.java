package org.civilaffairs.reconcile.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.UncheckedIOException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class LargestFirstTest {

    @Test
    void givesTheResultsInTheItemsOrder() {
        List<Integer> sizes = List.of(3, 90, 7, 1, 250, 12, 40);
        assertThat(LargestFirst.map(sizes, Integer::longValue, size -> "item of " + size))
                .containsExactly("item of 3", "item of 90", "item of 7", "item of 1", "item of 250", "item of 12", "item of 40");
    }

    @Test
    void startsTheLargestFirst() {
        List<Integer> sizes = IntStream.range(0, 40).map(i -> (i * 37) % 40).boxed().toList();
        List<Integer> started = Collections.synchronizedList(new ArrayList<>());
        LargestFirst.map(sizes, Integer::longValue, size -> started.add(size));
        int threads = Math.min(sizes.size(), Runtime.getRuntime().availableProcessors());
        // each thread takes the largest left when it is free: none starts before all larger ones are taken
        for (int k = 0; k < started.size(); k++) {
            assertThat(started.get(k)).as("started %d-th", k).isGreaterThanOrEqualTo(39 - k - threads + 1);
        }
    }

    @Test
    void throwsTheFirstFailureAsItWasThrown() {
        UncheckedIOException unreadable = new UncheckedIOException(new IOException("cannot read the registry"));
        Function<Integer, Integer> work = size -> {
            if (size == 7) {
                throw unreadable;
            }
            return size;
        };
        assertThatThrownBy(() -> LargestFirst.map(List.of(3, 7, 90), Integer::longValue, work)).isSameAs(unreadable);
    }
}
