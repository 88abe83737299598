package org.civilaffairs.reconcile.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A hand-off takes everything, in order, and a failure of the taking thread reaches the producing one. */
class HandOffTest {

    @ParameterizedTest(name = "{0} items")
    @ValueSource(ints = {0, 1, 1023, 1024, 1025, 50_000})
    void takesEverythingInOrderBeforeFinishReturns(int items) {
        List<Integer> written = new ArrayList<>();
        try (HandOff<Integer> behind = new HandOff<>("test-writer", written::add)) {
            IntStream.range(0, items).forEach(behind::add);
            behind.finish();
        }
        assertThat(written).containsExactlyElementsOf(IntStream.range(0, items).boxed().toList());
    }

    @Test
    void rethrowsTheTakersFailureWithoutLeavingTheProducerWaiting() {
        IllegalStateException diskFull = new IllegalStateException("disk full");
        try (HandOff<Integer> behind = new HandOff<>("test-writer", i -> {
            if (i == 5000) {
                throw diskFull;
            }
        })) {
            assertThatThrownBy(() -> {
                IntStream.range(0, 200_000).forEach(behind::add);
                behind.finish();
            }).isSameAs(diskFull);
        }
    }

    @Test
    void closingWithoutFinishingStopsTheTaker() throws InterruptedException {
        CountDownLatch writing = new CountDownLatch(1);
        Thread[] writer = new Thread[1];
        try (HandOff<Integer> behind = new HandOff<>("test-writer", i -> {
            writer[0] = Thread.currentThread();
            writing.countDown();
        })) {
            IntStream.range(0, 2048).forEach(behind::add);
            assertThat(writing.await(10, TimeUnit.SECONDS)).isTrue();
        }
        writer[0].join(10_000);
        assertThat(writer[0].isAlive()).isFalse();
    }
}
