package org.civilaffairs.reconcile.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * {@code benchmark --workers 0,1,2}: the same month on fresh MariaDB schemas, without a broker (0)
 * and with N worker processes on this machine over RabbitMQ, each at the same grid size and the
 * same number of partitions at once (grid / N consumers per worker, as the run without a broker
 * has grid threads); prints each run's steps and what the broker adds to the partitioned steps,
 * per partition and per row.
 */
final class RemoteBenchmark {

    private static final List<String> PARTITIONED = List.of("resolve", "check", "aggregate");

    private final Path work;
    private final long rows;
    private final int gridSize;
    private final List<String> java;

    RemoteBenchmark(Path work, long rows, int gridSize, List<String> java) {
        this.work = work;
        this.rows = rows;
        this.gridSize = gridSize;
        this.java = java;
    }

    void measure(Path inbox, List<Integer> workerCounts, int months) throws Exception {
        Map<Integer, RunReport> reports = new LinkedHashMap<>();
        for (int workers : workerCounts) {
            reports.put(workers, run(inbox, workers));
        }
        RunReport local = reports.get(0);
        if (local == null) {
            return;
        }
        long partitions = (long) PARTITIONED.size() * gridSize * months;
        System.out.printf("%nbroker overhead on %s (%d partitions, %,d roster rows), against the run without a broker:%n",
                String.join("+", PARTITIONED), partitions, local.rosterRows());
        reports.forEach((workers, report) -> {
            if (workers == 0) {
                return;
            }
            double extra = partitionedSeconds(report) - partitionedSeconds(local);
            System.out.printf("  %d worker(s): %.2f s against %.2f s: %+.1f ms per partition, %+.2f µs per roster row%n", workers,
                    partitionedSeconds(report), partitionedSeconds(local), extra * 1000 / partitions,
                    extra * 1e6 / Math.max(local.rosterRows(), 1));
        });
    }

    private static double partitionedSeconds(RunReport report) {
        return report.steps().stream().filter(s -> PARTITIONED.contains(s.name())).mapToDouble(RunReport.Step::seconds).sum();
    }

    /** One run with {@code workers} worker processes (0: no broker, partitions on the run's own threads). */
    private RunReport run(Path inbox, int workers) throws Exception {
        long pid = ProcessHandle.current().pid();
        Path dir = work.resolve("run-workers-" + workers + "-" + rows).toAbsolutePath();
        try (Target target = Target.mariadb("reconcile_bench_w" + workers + "_" + pid)) {
            Target.deleteTree(dir);
            Files.createDirectories(dir);
            List<String> shared = new ArrayList<>(List.of("--reconcile.archive-dir=" + dir.resolve("archive"),
                    "--reconcile.remote.queue=reconcile.bench." + pid + "." + workers, "--reconcile.grid-size=" + gridSize));
            shared.addAll(target.springArguments());
            List<Process> started = new ArrayList<>();
            ChildRun.Result result;
            try {
                List<String> consumers = List.of("--reconcile.remote.consumers=" + Math.max(1, gridSize / Math.max(workers, 1)));
                for (int i = 0; i < workers; i++) {
                    started.add(startWorker(shared, consumers, dir, dir.resolve("worker-" + i + ".log")));
                }
                List<String> command = new ArrayList<>(java);
                command.addAll(List.of("run", "--inbox", inbox.toString(), "--policy", inbox.resolve("policy.yml").toString(),
                        "--logging.level.org.springframework.batch.core.step.AbstractStep=INFO"));
                if (workers > 0) {
                    command.add("--remote");
                }
                command.addAll(shared);
                result = ChildRun.run(command, dir, dir.resolve("run.log"));
            } finally {
                for (Process worker : started) {
                    worker.destroy();
                    worker.waitFor(60, TimeUnit.SECONDS);
                }
            }
            if (result.exitCode() != 0) {
                throw new IllegalStateException("the run with " + workers + " worker(s) failed with exit code " + result.exitCode()
                        + ", see " + dir.resolve("run.log"));
            }
            RunReport report;
            try (Connection c = target.connect()) {
                report = RunReport.read(c, dir.resolve("run.log"));
            }
            BenchmarkCommand.print(target.name() + "/" + workers + "w", report, result, HeapAllocation.read(dir.resolve("gc.log")));
            return report;
        }
    }

    /** Starts a worker and returns once it serves partitions. */
    private Process startWorker(List<String> shared, List<String> consumers, Path dir, Path log)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(java);
        command.add("worker");
        command.addAll(shared);
        command.addAll(consumers);
        Process worker = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
        while (!Files.readString(log, StandardCharsets.UTF_8).contains("worker: serving partitions")) {
            if (!worker.isAlive() || System.nanoTime() > deadline) {
                worker.destroyForcibly();
                throw new IllegalStateException("the worker did not start, see " + log);
            }
            Thread.sleep(200);
        }
        return worker;
    }
}
