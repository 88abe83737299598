package org.civilaffairs.reconcile.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Runs a command as a child process: its exit code, wall time, peak resident memory (VmHWM) and
 * processor time through the run, its JIT compilers' among it ({@link CpuTimeline}: sampled with the
 * memory every 100 ms, so the last 100 ms of the process are not counted).
 */
final class ChildRun {

    /** What the child did. */
    record Result(int exitCode, double seconds, long peakRssKb, CpuTimeline cpu) {
    }

    private ChildRun() {
    }

    /** Runs {@code command} in {@code dir}, standard output and error into {@code log}. */
    static Result run(List<String> command, Path dir, Path log) throws IOException, InterruptedException {
        return run(command, dir, log, CpuTimeline.ofRun());
    }

    /** {@link #run(List, Path, Path)}, its processor time sampled into {@code cpu} from just before it starts to just after it ends. */
    static Result run(List<String> command, Path dir, Path log, CpuTimeline cpu) throws IOException, InterruptedException {
        cpu.sample(Optional.empty());
        long start = System.nanoTime();
        Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        long peak = 0;
        while (!process.waitFor(100, TimeUnit.MILLISECONDS)) {
            peak = Math.max(peak, highWaterMarkKb(process.pid()));
            cpu.sample(Optional.of(process.toHandle()));
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        cpu.sample(Optional.empty());
        return new Result(process.exitValue(), seconds, peak, cpu);
    }

    /** The kernel's peak resident set of a live process, 0 when it cannot be read (not Linux, or gone). */
    private static long highWaterMarkKb(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException | NumberFormatException e) {
            return 0;
        }
        return 0;
    }
}
