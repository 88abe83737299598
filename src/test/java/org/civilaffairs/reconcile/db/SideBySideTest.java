package org.civilaffairs.reconcile.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;

class SideBySideTest {

    @Test
    void bothReadsRunAtOnceAndBothResultsComeBack() {
        CountDownLatch bothStarted = new CountDownLatch(2);
        SideBySide.Both<String, Integer> both = SideBySide.read(() -> waitFor(bothStarted, "first"), () -> waitFor(bothStarted, 2));
        assertThat(both).isEqualTo(new SideBySide.Both<>("first", 2));
    }

    @Test
    void aFailureOfTheSecondReadIsThrownAsItIsForTheOneLineMessage() {
        DataAccessResourceFailureException outage = new DataAccessResourceFailureException("connection refused");
        assertThatThrownBy(() -> SideBySide.read(() -> "first", () -> {
            throw outage;
        })).isSameAs(outage);
    }

    @Test
    void aFailureOfTheFirstReadIsThrownAsItIs() {
        IllegalStateException failed = new IllegalStateException("first");
        assertThatThrownBy(() -> SideBySide.read(() -> {
            throw failed;
        }, () -> 2)).isSameAs(failed);
    }

    /** Counts down, then waits for the other read to have started: only two reads at once end. */
    private static <T> T waitFor(CountDownLatch started, T value) {
        started.countDown();
        try {
            assertThat(started.await(10, TimeUnit.SECONDS)).as("the other read started meanwhile").isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return value;
    }
}
