package org.civilaffairs.reconcile.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The processor time of a JVM's JIT compiler threads (C1 and C2), read from its threads' entries in
 * {@code /proc}: on two cores the compilers take a large share of a fresh JVM's run, beside the
 * steps whose code they compile. A compiler thread the JVM ends when it idles keeps the time it had.
 */
final class CompilerThreads {

    private final Map<String, Long> ticksByThread = new HashMap<>();

    /** The compilers' processor milliseconds so far, -1 where the process's threads cannot be read (not Linux). */
    long millis(long pid) {
        Path tasks = Path.of("/proc", Long.toString(pid), "task");
        try (Stream<Path> threads = Files.list(tasks)) {
            threads.forEach(thread -> {
                long ticks = compilerTicks(read(thread.resolve("stat")));
                if (ticks >= 0) {
                    ticksByThread.merge(thread.getFileName().toString(), ticks, Math::max);
                }
            });
        } catch (IOException | RuntimeException e) {
            return ticksByThread.isEmpty() ? -1 : total();
        }
        return total();
    }

    private long total() {
        return ticksByThread.values().stream().mapToLong(Long::longValue).sum() * CpuTimeline.MILLIS_A_TICK;
    }

    private static String read(Path stat) {
        try {
            return Files.readString(stat);
        } catch (IOException e) {
            return ""; // a thread that ended between the listing and the read
        }
    }

    /**
     * A thread's user and system ticks from its {@code stat} line when it is a JIT compiler thread,
     * else -1. The name is between the first '(' and the last ')' (the kernel keeps 15 characters of
     * it: "C2 CompilerThre"); utime and stime are the 12th and 13th fields after it.
     */
    static long compilerTicks(String stat) {
        int open = stat.indexOf('(');
        int close = stat.lastIndexOf(')');
        if (open < 0 || close < open) {
            return -1;
        }
        String name = stat.substring(open + 1, close);
        if (!name.startsWith("C1 CompilerThre") && !name.startsWith("C2 CompilerThre")) {
            return -1;
        }
        String[] fields = stat.substring(close + 1).trim().split("\\s+");
        return fields.length < 13 ? -1 : Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
    }
}
