package org.civilaffairs.reconcile.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.civilaffairs.reconcile.UsageError;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code benchmark}: generates (or reuses) a city-scale inbox, runs the whole job on it as a child
 * process on a fresh H2 and a fresh MariaDB schema, and prints per step rows, seconds and rows/s,
 * the wall time and the peak memory of the child, next to what LOAD DATA and a bare CSV parser
 * do with the same roster files.
 */
@Command(name = "benchmark", description = "Measure a full run at a given scale on H2 and MariaDB.")
public class BenchmarkCommand implements Callable<Integer> {

    /** The month the generated inbox holds. */
    private static final YearMonth MONTH = YearMonth.of(2024, 5);

    @Option(names = "--rows", required = true, description = "roster rows (registry 5 ×, other references 3 ×)")
    long rows;

    @Option(names = "--seed", defaultValue = "1", description = "seed of the generated inbox: same seed, same files (default ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--work", defaultValue = "bench", description = "folder for inboxes and runs (default ${DEFAULT-VALUE})")
    Path work;

    @Option(names = "--db", split = ",", defaultValue = "h2,mariadb", description = "databases (default ${DEFAULT-VALUE})")
    List<String> databases;

    @Option(names = "--xmx", defaultValue = "1536m", description = "heap of the measured run (default ${DEFAULT-VALUE})")
    String xmx;

    @Option(names = "--gc", defaultValue = "-XX:+UseParallelGC", description = "collector option of the measured run, as"
            + " the nightly units in ops/ set it, and any other JVM options, separated by spaces (default ${DEFAULT-VALUE})")
    String gc;

    @Option(names = "--jar", defaultValue = "target/reconcile.jar", description = "the jar of the measured runs (default ${DEFAULT-VALUE})")
    Path jar;

    @Option(names = "--jfr", description = "record a flight recording of each run (run.jfr in its folder)")
    boolean jfr;

    @Option(names = "--grids", split = ",", description = "also run H2 with these grid sizes (e.g. 1,4) and check that"
            + " every run, on every database, writes byte-identical exports")
    List<Integer> grids = List.of();

    @Option(names = "--workers", split = ",", description = "instead of --db: MariaDB without a broker (0) and with N"
            + " worker processes on this machine over RabbitMQ, e.g. 0,1,2")
    List<Integer> workers;

    @Option(names = "--set", description = "a setting for every measured run, e.g. --set reconcile.partition-rows=250000")
    List<String> overrides = List.of();

    @Option(names = "--cds", paramLabel = "APP", description = "start each measured run as the units in ops/ do: from the"
            + " folder ops/cds.sh prepared beside the jar (app/: unpacked, with what a start reuses and app/jvm.args, its options)")
    Path cds;

    @Option(names = "--java", defaultValue = "java", description = "the java of the measured runs (default: the one on"
            + " PATH); with --cds, the one ops/cds.sh prepared APP for")
    String java;

    @Option(names = "--months", defaultValue = "1", description = "close this many generated months one after"
            + " another on one database, each by its own run with the earlier months still in the inbox, then run once"
            + " with nothing new; prints each run and a table of them (default ${DEFAULT-VALUE}: one month, and the yardsticks)")
    int months;

    @Option(names = "--grid", defaultValue = "4", description = "partitions per month with --workers (default ${DEFAULT-VALUE})")
    int grid;

    private final Determinism determinism = new Determinism();

    @Override
    public Integer call() throws Exception {
        if (months < 1) {
            throw new UsageError("--months must be 1 or more, not " + months);
        }
        if (months > 1 && (workers != null || !grids.isEmpty())) {
            throw new UsageError("--months " + months + " closes months on one database after another: leave out --workers and --grids");
        }
        YearMonth month = MONTH;
        Path inbox = work.resolve("inbox-" + rows + "-s" + seed).toAbsolutePath();
        if (!Files.exists(inbox.resolve("policy.yml"))) {
            long start = System.nanoTime();
            GenerateCommand.generate(inbox, rows, seed, 5 * rows, month, 0, null); // nothing planted: runs stay comparable
            System.out.printf("generated %s in %.1f s%n", inbox, (System.nanoTime() - start) / 1e9);
        }
        System.out.printf("scale: %,d roster rows, %,d registry persons, %,d other reference rows; java -Xmx%s%n",
                rows, 5 * rows, 3 * rows, xmx);
        if (workers != null) {
            new RemoteBenchmark(work, rows, grid, javaCommand(work.resolve("run-workers-" + rows))).measure(inbox, workers, 1);
            return 0;
        }
        if (months > 1) {
            MonthsBenchmark history = new MonthsBenchmark(work, rows, seed, MONTH, this::runOnce);
            for (String db : databases) {
                history.measure(db, inbox, months);
            }
            return 0;
        }
        Map<String, Double> rosterRates = new LinkedHashMap<>();
        for (String db : databases) {
            rosterRates.put(db, measure(db, db, inbox, List.of()));
        }
        for (int size : grids) {
            measure("h2", "h2-grid" + size, inbox, List.of("--reconcile.grid-size=" + size));
        }
        yardsticks(inbox.resolve(month.toString()).resolve("rosters"), rosterRates);
        return grids.isEmpty() ? 0 : reportDeterminism();
    }

    private int reportDeterminism() {
        List<String> differences = determinism.differences();
        System.out.printf("%ndeterminism: %s%n", differences.isEmpty() ? "every export byte-identical across "
                + String.join(", ", determinism.runs()) : String.join("; ", differences));
        return differences.isEmpty() ? 0 : 1;
    }

    /** One full run on a fresh database; returns its roster ingest rate (rows/s). */
    private double measure(String db, String run, Path inbox, List<String> settings) throws Exception {
        Path dir = work.resolve("run-" + run + "-" + rows).toAbsolutePath();
        try (Target target = target(db, dir, "")) {
            Target.deleteTree(dir);
            Files.createDirectories(dir);
            RunReport report = runOnce(run, target, dir, dir, inbox, settings).report();
            if (!grids.isEmpty()) {
                determinism.record(run, jar, target.springArguments(), dir, MONTH);
            }
            return report.rosterRows() / report.rosterIngestSeconds();
        }
    }

    /** H2 in {@code dir}, or a new MariaDB schema named after this process (and {@code suffix}). */
    static Target target(String db, Path dir, String suffix) throws SQLException {
        return db.equals("h2") ? Target.h2(dir) : Target.mariadb("reconcile_bench_" + suffix + ProcessHandle.current().pid());
    }

    /**
     * One run of the job on {@code target}, its archive in {@code dir}, its log, collector log and
     * recording in {@code runDir}; prints its steps, processor time and pauses under {@code label}.
     */
    MonthsBenchmark.Measured runOnce(String label, Target target, Path dir, Path runDir, Path inbox, List<String> settings)
            throws Exception {
        List<String> command = javaCommand(runDir);
        command.add(1, CollectorPauses.option(runDir.resolve("gc.log")));
        command.addAll(List.of("run", "--inbox", inbox.toString(),
                "--policy", inbox.resolve("policy.yml").toString(), "--reconcile.archive-dir=" + dir.resolve("archive"),
                "--logging.level.org.springframework.batch.core.step.AbstractStep=INFO"));
        command.addAll(target.springArguments());
        command.addAll(settings);
        overrides.forEach(s -> command.add("--" + s));
        Path log = runDir.resolve("run.log");
        ChildRun.Result result = ChildRun.run(command, runDir, log,
                target.name().equals("h2") ? CpuTimeline.ofRun() : CpuTimeline.withLocalServer());
        if (result.exitCode() != 0) {
            throw new IllegalStateException(target.name() + " run failed with exit code " + result.exitCode() + ", see " + log);
        }
        RunReport report;
        try (Connection c = target.connect()) {
            report = RunReport.read(c, log);
        }
        print(label, report, result, HeapAllocation.read(runDir.resolve("gc.log")));
        printCpu(label, result);
        printPauses(label, result, CollectorPauses.read(runDir.resolve("gc.log")));
        return new MonthsBenchmark.Measured(report, result.seconds());
    }

    /** {@code java [options] -jar reconcile.jar}, recording into {@code dir} with --jfr. */
    private List<String> javaCommand(Path dir) {
        List<String> command = new ArrayList<>(List.of(java, "-Xmx" + xmx));
        command.addAll(List.of(gc.trim().split("\\s+")));
        if (jfr) {
            command.add("-XX:StartFlightRecording=filename=" + dir.resolve("run.jfr") + ",settings=profile");
        }
        if (cds == null) {
            command.addAll(List.of("-jar", jar.toAbsolutePath().toString()));
            return command;
        }
        Path options = cds.resolve("jvm.args").toAbsolutePath();
        if (!Files.isRegularFile(options)) {
            throw new UsageError("--cds " + cds + ": no jvm.args there; prepare it with JAVA=" + java + " ops/cds.sh " + jar);
        }
        command.addAll(List.of("@" + options, "-jar", cds.resolve("reconcile.jar").toAbsolutePath().toString()));
        return command;
    }

    /**
     * Per step: counts, seconds and rows/s; the processor seconds of the run in the step (and of the
     * database server, when it runs here) with how many cores they kept busy, and those of the run's
     * JIT compilers among them; the processor seconds every other process took meanwhile ("others": a
     * run they inflate shows it there); and what it allocated, which a busy machine does not change.
     * First the same of the start: from the child's start to its first step.
     */
    static void print(String db, RunReport report, ChildRun.Result result, HeapAllocation allocation) {
        System.out.printf("%n%-8s %-11s %12s %12s %12s %9s %12s %9s %6s %7s %9s %9s%n", db, "step", "read", "write", "rows",
                "seconds", "rows/s", "cpu s", "cores", "jit s", "others s", "alloc MB");
        printStart(db, report, result.cpu(), allocation);
        for (RunReport.Step s : report.steps()) {
            long n = report.rowsOf(s.name());
            System.out.printf("%-8s %-11s %,12d %,12d %,12d %9.2f %,12.0f %s%n", db, s.name(), s.read(), s.write(), n, s.seconds(),
                    n / Math.max(s.seconds(), 0.001), processorColumns(s, result.cpu()) + allocationColumn(s, allocation));
        }
        System.out.printf("%-8s whole run: %.1f s wall (JVM start included), peak RSS %,d MB%n", db, result.seconds(),
                result.peakRssKb() / 1024);
    }

    /**
     * The start as a step of its own: the JVM, the application context and, on a fresh database, the
     * migration of its schema, until the first step's log line.
     */
    private static void printStart(String db, RunReport report, CpuTimeline cpu, HeapAllocation allocation) {
        Optional<LocalTime> firstStep = report.steps().stream().map(RunReport.Step::started).filter(Objects::nonNull).findFirst();
        Optional<LocalTime> started = cpu.started();
        if (firstStep.isEmpty() || started.isEmpty()) {
            return;
        }
        RunReport.Step start = new RunReport.Step("start", cpu.secondsUntil(firstStep.get()), 0, 0, started.get(), firstStep.get());
        System.out.printf("%-8s %-11s %12s %12s %12s %9.2f %12s %s%n", db, start.name(), "-", "-", "-", start.seconds(), "-",
                processorColumns(start, cpu) + allocationColumn(start, allocation));
    }

    /**
     * A step's processor seconds (the run's and the server's), the cores they kept busy, the run's JIT
     * compilers' seconds, and the other processes' seconds.
     */
    private static String processorColumns(RunReport.Step step, CpuTimeline cpu) {
        if (step.started() == null || step.ended() == null) {
            return "";
        }
        CpuTimeline.Spent spent = cpu.during(step.started(), step.ended());
        double used = spent.run() + spent.server();
        return String.format("%9.2f %6.2f %7s %9s", used, used / Math.max(step.seconds(), 0.001), orDash(spent.jit()),
                orDash(spent.others()));
    }

    private static String orDash(double seconds) {
        return Double.isNaN(seconds) ? "-" : String.format("%.2f", seconds);
    }

    /** What the step allocated ({@link HeapAllocation}), "-" when no collection started within it. */
    private static String allocationColumn(RunReport.Step step, HeapAllocation allocation) {
        long mb = step.started() == null || step.ended() == null ? -1 : allocation.megabytes(step.started(), step.ended());
        return String.format(" %9s", mb < 0 ? "-" : String.format("%,d", mb));
    }

    /** How busy the run kept this machine: its processor time, the database server's when it runs here, and the others'. */
    private static void printCpu(String db, ChildRun.Result result) {
        CpuTimeline.Spent spent = result.cpu().whole();
        System.out.printf("%-8s processor time: %.1f s in the run%s%s, %.2f of %d cores busy on average%s%n", db, spent.run(),
                Double.isNaN(spent.jit()) ? "" : String.format(" (%.1f s of it the JIT's compilers)", spent.jit()),
                result.cpu().countsServer() ? String.format(" + %.1f s in the database server", spent.server()) : "",
                (spent.run() + spent.server()) / result.seconds(), Runtime.getRuntime().availableProcessors(),
                Double.isNaN(spent.machine()) ? "" : String.format("; other processes %.1f s", spent.others()));
    }

    /** How long the collector stopped the run: time that the steps' own code does not account for. */
    private static void printPauses(String db, ChildRun.Result result, CollectorPauses p) {
        System.out.printf("%-8s collector pauses: %d young %.1f s, %d full %.1f s%s; %.1f s in all, %.0f %% of the wall time%n", db,
                p.young(), p.youngSeconds(), p.full(), p.fullSeconds(),
                p.other() == 0 ? "" : String.format(", %d other %.1f s", p.other(), p.otherSeconds()), p.seconds(),
                100 * p.seconds() / result.seconds());
    }

    private void yardsticks(Path rosters, Map<String, Double> rosterRates) throws Exception {
        List<PhysicalReference.Input> files = new ArrayList<>();
        try (Stream<Path> paths = Files.list(rosters)) {
            for (Path p : paths.sorted().toList()) {
                files.add(PhysicalReference.Input.of(p));
            }
        }
        PhysicalReference.Rate loadData = PhysicalReference.loadData(files, "reconcile_load_" + ProcessHandle.current().pid());
        PhysicalReference.Rate csvRead = PhysicalReference.h2CsvRead(files, work.resolve("yardstick-h2").toAbsolutePath());
        PhysicalReference.Rate commons = PhysicalReference.commonsCsv(files);
        PhysicalReference.Rate own = PhysicalReference.projectReader(files);
        System.out.printf("%nyardsticks on the same roster files%n");
        yardstick("LOAD DATA LOCAL INFILE (MariaDB, bare table)", loadData, rosterRates);
        yardstick("CSVREAD (H2 file, bare table)", csvRead, rosterRates);
        yardstick("Commons CSV parse only", commons, rosterRates);
        yardstick("CsvRecordReader parse only", own, rosterRates);
    }

    private static void yardstick(String what, PhysicalReference.Rate rate, Map<String, Double> rosterRates) {
        StringBuilder ratios = new StringBuilder();
        rosterRates.forEach((db, r) -> ratios.append(String.format("  %s %.2f", db, r / rate.perSecond())));
        System.out.printf("%-46s %,12d rows %8.2f s %,12.0f rows/s   roster ingest rate / this:%s%n", what, rate.rows(),
                rate.seconds(), rate.perSecond(), ratios);
    }
}
