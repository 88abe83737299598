package org.civilaffairs.reconcile.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CpuTimelineTest {

    private static final LocalDateTime T = LocalDateTime.of(2026, 12, 4, 23, 59, 58);

    /** Every 2 s: the run 1 s of processor time a second (its JIT 0.25 s of it), the server 0.5 s, the machine 2.5 s. */
    private static final CpuTimeline TIMELINE = CpuTimeline.of(List.of(
            new CpuTimeline.Sample(T, 0, 0, 0, 10_000),
            new CpuTimeline.Sample(T.plusSeconds(2), 2_000, 500, 1_000, 15_000),
            new CpuTimeline.Sample(T.plusSeconds(4), 4_000, 1_000, 2_000, 20_000)));

    @Test
    void aSpanBetweenSamplesIsInterpolated() {
        CpuTimeline.Spent spent = TIMELINE.during(LocalTime.of(23, 59, 58, 500_000_000), LocalTime.of(23, 59, 59, 500_000_000));

        assertThat(spent.run()).isCloseTo(1.0, within(1e-9));
        assertThat(spent.jit()).isCloseTo(0.25, within(1e-9));
        assertThat(spent.server()).isCloseTo(0.5, within(1e-9));
        assertThat(spent.machine()).isCloseTo(2.5, within(1e-9));
        assertThat(spent.others()).isCloseTo(1.0, within(1e-9));
    }

    @Test
    void aLogTimeAfterMidnightIsOnTheNextDay() {
        CpuTimeline.Spent spent = TIMELINE.during(LocalTime.of(23, 59, 59), LocalTime.of(0, 0, 1));

        assertThat(spent.run()).isCloseTo(2.0, within(1e-9));
    }

    @Test
    void theStartIsTheFirstSampleAndALogTimeIsSecondsAfterIt() {
        assertThat(TIMELINE.started()).contains(LocalTime.of(23, 59, 58));
        assertThat(TIMELINE.secondsUntil(LocalTime.of(23, 59, 59, 250_000_000))).isCloseTo(1.25, within(1e-9));
        assertThat(TIMELINE.secondsUntil(LocalTime.of(0, 0, 3))).as("past midnight").isCloseTo(5.0, within(1e-9));
        assertThat(CpuTimeline.ofRun().started()).isEmpty();
    }

    @Test
    void timesOutsideTheSamplesTakeTheNearest() {
        CpuTimeline.Spent spent = TIMELINE.during(LocalTime.of(23, 59, 57), LocalTime.of(0, 30));

        assertThat(spent.run()).isCloseTo(4.0, within(1e-9));
        assertThat(TIMELINE.whole().run()).isCloseTo(4.0, within(1e-9));
    }

    @Test
    void aMachineThatCannotBeReadHasNoOthersAndNoJit() {
        CpuTimeline blind = CpuTimeline.of(List.of(new CpuTimeline.Sample(T, 0, 0, 0, -1),
                new CpuTimeline.Sample(T.plusSeconds(1), 1_000, -1, 0, -1),
                new CpuTimeline.Sample(T.plusSeconds(2), 2_000, -1, 0, -1)));

        assertThat(blind.whole().machine()).isNaN();
        assertThat(blind.whole().others()).isNaN();
        assertThat(blind.whole().jit()).isNaN();
        assertThat(blind.during(LocalTime.of(23, 59, 58, 500_000_000), LocalTime.of(23, 59, 59, 500_000_000)).jit()).isNaN();
        assertThat(blind.whole().run()).isCloseTo(2.0, within(1e-9));
    }

    @Test
    void theMachineIsBusyInEveryFieldButIdleAndIowait() {
        // user nice system idle iowait irq softirq steal guest guest_nice
        assertThat(CpuTimeline.busyTicks("cpu  100 2 30 5000 70 4 5 6 9 1")).isEqualTo(100 + 2 + 30 + 4 + 5 + 6);
    }

    @Test
    void aRunningJvmIsSampledWithItsCompilers() {
        CpuTimeline timeline = CpuTimeline.ofRun();
        timeline.sample(Optional.empty());
        timeline.sample(Optional.of(ProcessHandle.current()));

        assertThat(timeline.whole().run()).as("this JVM's processor time so far").isGreaterThan(0);
        assertThat(timeline.whole().jit()).as("its compilers' share").isBetween(0.0, timeline.whole().run());
        assertThat(timeline.whole().machine()).isGreaterThanOrEqualTo(0);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "C2 compiler | 41 (C2 CompilerThre) S 1 40 40 0 -1 4194368 10 0 0 0 2310 57 0 0 20 0 1 0 | 2367",
        "C1 compiler | 42 (C1 CompilerThre) S 1 40 40 0 -1 4194368 10 0 0 0 412 9 0 0 20 0 1 0 | 421",
        "a worker thread | 43 (ingest-1) R 1 40 40 0 -1 4194368 10 0 0 0 900 30 0 0 20 0 1 0 | -1",
        "a name with a parenthesis | 44 (a) (C2 CompilerThre) S 1 40 40 0 -1 4194368 10 0 0 0 5 5 0 0 20 0 1 0 | -1",
        "a line cut short | 45 (C2 CompilerThre) S 1 40 | -1",
        "no line | '' | -1"})
    void aCompilerThreadsTicksAreItsUserAndSystemTime(String what, String stat, long ticks) {
        assertThat(CompilerThreads.compilerTicks(stat)).isEqualTo(ticks);
    }
}
