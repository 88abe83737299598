package org.civilaffairs.reconcile.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class CollectorPausesTest {

    @Test
    void sumsEachKindOfPauseOfTheParallelAndG1Logs() {
        CollectorPauses pauses = CollectorPauses.of(List.of(
                "[0.003s][info][gc] Using Parallel",
                "[1.753s][info][gc] GC(0) Pause Young (Metadata GC Threshold) 253M->11M(1472M) 18.047ms",
                "[1.786s][info][gc] GC(1) Pause Full (Metadata GC Threshold) 11M->11M(1472M) 33.128ms",
                "[15.041s][info][gc] GC(21) Pause Young (Allocation Failure) 660M->331M(1458M) 78.603ms",
                "[33.871s][info][gc] GC(68) Pause Full (Ergonomics) 1357M->102M(1460M) 426.394ms",
                "[40.100s][info][gc] GC(70) Pause Young (Normal) (G1 Evacuation Pause) 600M->300M(1536M) 12.500ms",
                "[41.000s][info][gc] GC(71) Concurrent Mark Cycle",
                "[41.200s][info][gc] GC(71) Pause Remark 310M->305M(1536M) 4.250ms",
                "[41.300s][info][gc] GC(71) Pause Cleanup 305M->305M(1536M) 0.750ms",
                "[41.900s][info][gc] GC(71) Concurrent Mark Cycle 900.123ms"));

        assertThat(pauses.young()).isEqualTo(3);
        assertThat(pauses.youngSeconds()).isCloseTo(0.10915, within(1e-9));
        assertThat(pauses.full()).isEqualTo(2);
        assertThat(pauses.fullSeconds()).isCloseTo(0.459522, within(1e-9));
        assertThat(pauses.other()).isEqualTo(2);
        assertThat(pauses.otherSeconds()).isCloseTo(0.005, within(1e-9));
        assertThat(pauses.seconds()).isCloseTo(0.573672, within(1e-9));
    }

    @Test
    void aRunWithoutItsLogPausedNever() {
        assertThat(CollectorPauses.read(Path.of("no-such-gc.log")).seconds()).isZero();
    }
}
