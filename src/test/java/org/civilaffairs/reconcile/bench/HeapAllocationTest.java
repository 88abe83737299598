package org.civilaffairs.reconcile.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class HeapAllocationTest {

    private static final HeapAllocation LOG = HeapAllocation.of(List.of(
            "[2026-12-06T00:20:00.010+0000][0.006s] Using Parallel",
            "[2026-12-06T00:20:02.000+0000][2.012s] GC(0) Pause Young (Allocation Failure) 95M->6M(362M) 31.025ms",
            "[2026-12-06T00:20:03.000+0000][3.006s] GC(1) Pause Young (Allocation Failure) 101M->11M(457M) 31.099ms",
            "[2026-12-06T00:20:03.200+0000][3.222s] GC(2) Pause Young (Metadata GC Threshold) 36M->11M(457M) 33.272ms",
            "[2026-12-06T00:20:03.300+0000][3.277s] GC(3) Pause Full (Metadata GC Threshold) 11M->11M(457M) 54.800ms",
            "[2026-12-06T00:20:08.000+0000][8.843s] GC(4) Pause Young (Allocation Failure) 206M->31M(457M) 24.663ms",
            "[2026-12-06T00:20:09.000+0000][9.799s] GC(5) Pause Full (Ergonomics) 221M->42M(642M) 80.564ms"));

    @Test
    void sumsTheHeapsGrowthBeforeEachCollectionThatStartsWithinTheWindow() {
        // GC(1) 101-6, GC(2) 36-11, GC(3) 11-11
        assertThat(LOG.megabytes(LocalTime.parse("00:20:02.500"), LocalTime.parse("00:20:04"))).isEqualTo(95 + 25);
        // GC(4) 206-11, GC(5) 221-31: full collections count like young ones
        assertThat(LOG.megabytes(LocalTime.parse("00:20:05"), LocalTime.parse("00:20:09"))).isEqualTo(195 + 190);
        // the window's bounds are within it
        assertThat(LOG.megabytes(LocalTime.parse("00:20:03"), LocalTime.parse("00:20:03"))).isEqualTo(95);
    }

    @Test
    void aRunPastMidnightCountsTheCollectionsOfTheNextDay() {
        HeapAllocation log = HeapAllocation.of(List.of(
                "[2026-12-05T23:59:58.000+0000][2.000s] GC(0) Pause Young (Allocation Failure) 95M->6M(362M) 31.025ms",
                "[2026-12-05T23:59:59.500+0000][3.500s] GC(1) Pause Young (Allocation Failure) 106M->10M(362M) 30.000ms",
                "[2026-12-06T00:00:01.000+0000][5.000s] GC(2) Pause Young (Allocation Failure) 210M->20M(362M) 30.000ms"));
        assertThat(log.megabytes(LocalTime.parse("23:59:59"), LocalTime.parse("00:00:02"))).isEqualTo(100 + 200);
        assertThat(log.megabytes(LocalTime.parse("00:00:00"), LocalTime.parse("00:00:02"))).isEqualTo(200);
    }

    @Test
    void aWindowWithoutACollectionOrTheFirstCollectionAloneIsUnknown() {
        assertThat(LOG.megabytes(LocalTime.parse("00:20:04"), LocalTime.parse("00:20:07"))).isEqualTo(-1);
        assertThat(LOG.megabytes(LocalTime.parse("00:20:01"), LocalTime.parse("00:20:02.500"))).isEqualTo(-1);
    }

    @Test
    void aLogWithoutTheTimeOfDayOrNoLogAtAllGivesNothing() {
        HeapAllocation undecorated = HeapAllocation.of(List.of(
                "[2.012s][info][gc] GC(0) Pause Young (Allocation Failure) 95M->6M(362M) 31.025ms",
                "[3.006s][info][gc] GC(1) Pause Young (Allocation Failure) 101M->11M(457M) 31.099ms"));
        assertThat(undecorated.megabytes(LocalTime.MIN, LocalTime.MAX)).isEqualTo(-1);
        assertThat(HeapAllocation.read(Path.of("no-such-gc.log")).megabytes(LocalTime.MIN, LocalTime.MAX)).isEqualTo(-1);
    }
}
