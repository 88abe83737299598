package org.civilaffairs.reconcile.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The processor time of a measured run (and of its JIT compilers within it), of the database server
 * on this machine when it runs one, and of the whole machine, sampled through the run: what a step
 * cost in processor time whatever else the machine did meanwhile, and how much of the machine other
 * processes took while it ran. On a machine whose speed moves from run to run, the first compares
 * two runs where their wall times cannot, and the second says which wall times a neighbour inflated.
 */
final class CpuTimeline {

    /** /proc counts in USER_HZ ticks, 100 a second on Linux whatever the kernel's own rate. */
    static final long MILLIS_A_TICK = 10;
    private static final Path MACHINE = Path.of("/proc/stat");

    /** Cumulative milliseconds of processor time at one instant; the JIT's and the machine's -1 where they cannot be read. */
    record Sample(LocalDateTime at, long runMillis, long jitMillis, long serverMillis, long machineMillis) {
    }

    /**
     * Processor seconds spent in a span by the run, by the run's JIT compilers (part of the run's), the
     * server and the machine as a whole (NaN: unknown).
     */
    record Spent(double run, double jit, double server, double machine) {

        /** Processor time of every other process, and what a hypervisor withheld from this machine. */
        double others() {
            return Math.max(0, machine - run - server);
        }
    }

    private final Optional<ProcessHandle> server;
    private final List<Sample> samples = new ArrayList<>();
    private final CompilerThreads compilers = new CompilerThreads();
    private long runMillis;
    /** Nothing compiled before the run starts. */
    private long jitMillis;

    private CpuTimeline(Optional<ProcessHandle> server) {
        this.server = server;
    }

    /** A timeline of the run alone. */
    static CpuTimeline ofRun() {
        return new CpuTimeline(Optional.empty());
    }

    /** A timeline that also counts the local MariaDB or MySQL server, if this machine runs one that can be seen. */
    static CpuTimeline withLocalServer() {
        return new CpuTimeline(ProcessHandle.allProcesses()
                .filter(p -> p.info().command().map(c -> c.endsWith("/mariadbd") || c.endsWith("/mysqld")).orElse(false))
                .findFirst());
    }

    /** For tests: a timeline of given samples. */
    static CpuTimeline of(List<Sample> samples) {
        CpuTimeline timeline = ofRun();
        timeline.samples.addAll(samples);
        return timeline;
    }

    /** Whether the server's time is counted. */
    boolean countsServer() {
        return server.isPresent();
    }

    /** Takes a sample now, of {@code run} while it runs (empty: the run as at the last sample, before it started or once it ended). */
    void sample(Optional<ProcessHandle> run) {
        run.ifPresent(p -> {
            runMillis = p.info().totalCpuDuration().map(Duration::toMillis).orElse(runMillis);
            jitMillis = compilers.millis(p.pid());
        });
        long serverMillis = server.flatMap(p -> p.info().totalCpuDuration()).map(Duration::toMillis).orElse(0L);
        samples.add(new Sample(LocalDateTime.now(), runMillis, jitMillis, serverMillis, machineMillis()));
    }

    /** The time of day of the first sample, taken just before the run started; empty before any. */
    Optional<LocalTime> started() {
        return samples.isEmpty() ? Optional.empty() : Optional.of(samples.get(0).at().toLocalTime());
    }

    /** Seconds from the first sample to a time of day of the run's log (as {@link #during} places it). */
    double secondsUntil(LocalTime time) {
        return samples.isEmpty() ? 0 : ChronoUnit.MICROS.between(samples.get(0).at(), dayOf(time)) / 1e6;
    }

    /** From the first sample to the last. */
    Spent whole() {
        return samples.isEmpty() ? new Spent(0, Double.NaN, 0, Double.NaN) : between(samples.get(0), samples.get(samples.size() - 1));
    }

    /**
     * Between two times of day of the run's log (the day of the first sample, or the next one for a
     * time before it: a run that went past midnight), each interpolated between the samples around it.
     */
    Spent during(LocalTime from, LocalTime to) {
        if (samples.isEmpty()) {
            return new Spent(0, Double.NaN, 0, Double.NaN);
        }
        return between(at(dayOf(from)), at(dayOf(to)));
    }

    private LocalDateTime dayOf(LocalTime time) {
        LocalDateTime first = samples.get(0).at();
        LocalDateTime at = first.toLocalDate().atTime(time);
        return at.isBefore(first.minusMinutes(1)) ? at.plusDays(1) : at;
    }

    /** The cumulative values at {@code time}: linear between the samples around it, the nearest sample outside them. */
    private Sample at(LocalDateTime time) {
        Sample before = samples.get(0);
        for (Sample next : samples) {
            if (!next.at().isBefore(time)) {
                return next == before ? next : interpolate(before, next, time);
            }
            before = next;
        }
        return before;
    }

    private static Sample interpolate(Sample a, Sample b, LocalDateTime time) {
        double span = ChronoUnit.MICROS.between(a.at(), b.at());
        double share = span == 0 ? 1 : ChronoUnit.MICROS.between(a.at(), time) / span;
        return new Sample(time, interpolated(a.runMillis(), b.runMillis(), share), interpolated(a.jitMillis(), b.jitMillis(), share),
                interpolated(a.serverMillis(), b.serverMillis(), share), interpolated(a.machineMillis(), b.machineMillis(), share));
    }

    /** A share of the way between two cumulative counts; unknown (-1) if either is. */
    private static long interpolated(long a, long b, double share) {
        return a < 0 || b < 0 ? -1 : a + Math.round(share * (b - a));
    }

    private static Spent between(Sample a, Sample b) {
        return new Spent((b.runMillis() - a.runMillis()) / 1000.0, seconds(a.jitMillis(), b.jitMillis()),
                (b.serverMillis() - a.serverMillis()) / 1000.0, seconds(a.machineMillis(), b.machineMillis()));
    }

    /** The seconds between two cumulative counts, NaN when either is unknown. */
    private static double seconds(long a, long b) {
        return a < 0 || b < 0 ? Double.NaN : (b - a) / 1000.0;
    }

    /** The machine's busy time so far (user, nice, system, interrupts, steal), -1 where /proc/stat is missing. */
    private static long machineMillis() {
        try {
            for (String line : Files.readAllLines(MACHINE)) {
                if (line.startsWith("cpu ")) {
                    return busyTicks(line) * MILLIS_A_TICK;
                }
            }
        } catch (IOException | RuntimeException e) {
            return -1;
        }
        return -1;
    }

    /** The busy ticks of /proc/stat's {@code cpu} line: every field but idle and iowait (guest time is in user's). */
    static long busyTicks(String cpuLine) {
        String[] f = cpuLine.trim().split("\\s+");
        long busy = 0;
        for (int i = 1; i <= Math.min(8, f.length - 1); i++) {
            busy += i == 4 || i == 5 ? 0 : Long.parseLong(f[i]);
        }
        return busy;
    }
}
