package org.civilaffairs.reconcile.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code benchmark --months N}: a deployment's nights, not its first one. N generated months closed one
 * after another on one database, each by its own run with the earlier months' folders still in the
 * inbox, then one run with nothing new; a table of the runs shows whether a night grows with the months kept.
 * {@code work}: the benchmark's folder; {@code first}: the month of its inbox.
 */
record MonthsBenchmark(Path work, long rows, long seed, YearMonth first, MonthsBenchmark.Runner runner) {

    /** What one measured run reports, and its wall time (JVM start included). */
    record Measured(RunReport report, double seconds) {
    }

    /** {@link BenchmarkCommand#runOnce}: one run, printed as it ends. */
    @FunctionalInterface
    interface Runner {
        Measured run(String label, Target target, Path dir, Path runDir, Path inbox, List<String> settings) throws Exception;
    }

    private static final String NOTHING_NEW = "nothing new";

    /** Closes {@code months} months from the first on a fresh database {@code db}; {@code firstInbox} holds the first. */
    void measure(String db, Path firstInbox, int months) throws Exception {
        Map<YearMonth, Path> folders = new LinkedHashMap<>();
        for (int i = 0; i < months; i++) {
            YearMonth month = first.plusMonths(i);
            folders.put(month, generated(firstInbox, month).resolve(month.toString()));
        }
        Path dir = work.resolve("run-" + db + "-months-" + rows).toAbsolutePath();
        Map<String, Measured> runs = new LinkedHashMap<>();
        try (Target target = BenchmarkCommand.target(db, dir, "m")) {
            Target.deleteTree(dir);
            Path inbox = Files.createDirectories(dir.resolve("inbox"));
            Files.copy(firstInbox.resolve("policy.yml"), inbox.resolve("policy.yml"), StandardCopyOption.REPLACE_EXISTING);
            for (Map.Entry<YearMonth, Path> month : folders.entrySet()) {
                Files.createSymbolicLink(inbox.resolve(month.getKey().toString()), month.getValue());
                runs.put(month.getKey().toString(), run(db + " " + month.getKey(), target, dir, month.getKey().toString(), inbox));
            }
            runs.put(NOTHING_NEW, run(db + " none", target, dir, "nothing-new", inbox));
        }
        print(db, runs);
    }

    private Measured run(String label, Target target, Path dir, String name, Path inbox) throws Exception {
        return runner.run(label, target, dir, Files.createDirectories(dir.resolve(name)), inbox, List.of());
    }

    /** The folder whose {@code <month>/} holds the month: the benchmark's inbox for the first, else generated beside it once. */
    private Path generated(Path firstInbox, YearMonth month) throws Exception {
        if (month.equals(first)) {
            return firstInbox;
        }
        Path out = firstInbox.resolveSibling(firstInbox.getFileName() + "-" + month);
        if (!Files.isDirectory(out.resolve(month.toString()))) {
            long start = System.nanoTime();
            GenerateCommand.generate(out, rows, seed, 5 * rows, month, 0, null);
            System.out.printf("generated %s in %.1f s%n", out.resolve(month.toString()), (System.nanoTime() - start) / 1e9);
        }
        return out;
    }

    /** One line a run: its wall time and each step's seconds, steps in the order the first run ran them. */
    private static void print(String db, Map<String, Measured> runs) {
        List<String> steps = new ArrayList<>();
        runs.values().forEach(m -> m.report().steps().forEach(s -> {
            if (!steps.contains(s.name())) {
                steps.add(s.name());
            }
        }));
        System.out.printf("%nmonths on %s, one database, each run with the months before it in the inbox (seconds)%n", db);
        StringBuilder header = new StringBuilder(String.format("%-12s %8s", "month", "run"));
        steps.forEach(s -> header.append(String.format(" %10s", s)));
        System.out.println(header);
        runs.forEach((month, m) -> {
            StringBuilder line = new StringBuilder(String.format("%-12s %8.1f", month, m.seconds()));
            steps.forEach(name -> line.append(String.format(" %10s", seconds(m.report(), name)
                    .map(v -> String.format("%.2f", v)).orElse("-"))));
            System.out.println(line);
        });
    }

    private static Optional<Double> seconds(RunReport report, String step) {
        return report.steps().stream().filter(s -> s.name().equals(step)).map(RunReport.Step::seconds).findFirst();
    }
}
