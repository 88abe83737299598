package org.civilaffairs.reconcile.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The operator's night, with the real jar as a process on H2 and on MySQL/MariaDB: a run killed
 * with SIGKILL inside a unit of each long step, then {@code recover} + {@code restart}, ends with
 * exports byte-identical to an uninterrupted run; so does a run stopped by {@code stop} and
 * restarted; a second run started while one is in progress refuses and changes nothing.
 * {@code reconcile.drill.pause-in-unit} holds each unit's transaction open after its writes, so
 * the kill lands between the writes and their commit. After a kill inside a partition of resolve
 * or check, the restart runs only the partitions that had not completed.
 */
class OperationsIT {

    static final Path INBOX = Path.of("input-samples");
    static final String[] RUN = {"run", "--inbox", INBOX.toString(), "--policy", INBOX.resolve("policy.yml").toString()};
    private static final String PAUSE = "--reconcile.drill.pause-in-unit=4s";
    private static final String STEP = "--reconcile.drill.step=";
    private static final Map<String, Map<String, String>> REFERENCE = new ConcurrentHashMap<>();
    @TempDir
    static Path referenceRuns;
    /** The MySQL schemas {@link #database} made, for this class and the others that share it, dropped when the JVM exits. */
    private static final List<String> SCHEMAS = schemasDroppedAtExit();

    @ParameterizedTest(name = "kill -9 during {1} on {0}")
    @CsvSource({"h2,ingest", "h2,references", "h2,resolve", "h2,check", "h2,aggregate",
            "mysql,ingest", "mysql,registry", "mysql,resolve", "mysql,check", "mysql,aggregate"})
    void killedRunRecoversAndRestartsToTheSameExports(String database, String step, @TempDir Path work) throws Exception {
        String url = database(database, work);
        JarProcess run = JarProcess.start(url, work, with(RUN, PAUSE, STEP + step));
        run.awaitLine("Units - " + step + " 2/", 180);
        run.kill();

        JarProcess.Result refused = JarProcess.run(url, work, RUN);
        assertThat(refused.exitCode()).as(refused.stderr()).isEqualTo(4);
        assertThat(refused.stderr()).contains("another run is in progress");

        JarProcess.Result recovered = JarProcess.run(url, work, "recover", "--last");
        assertThat(recovered.exitCode()).as(recovered.stderr()).isZero();
        assertThat(recovered.stderr()).contains("marked FAILED");
        JarProcess.Result restarted = JarProcess.run(url, work, "restart", "--last");
        assertThat(restarted.exitCode()).as(restarted.stderr()).isZero();

        try (Pipeline pipeline = new Pipeline(url, work)) {
            // the step failed, and of a partitioned step the partitions that were in flight
            assertThat(pipeline.context().getBean(JdbcTemplate.class).queryForList(
                    "SELECT STEP_NAME FROM BATCH_STEP_EXECUTION WHERE STATUS = 'FAILED'", String.class))
                    .contains(step).allMatch(name -> name.equals(step) || name.startsWith(step + ":"));
            assertThat(pipeline.context().getBean(JdbcTemplate.class).queryForList(
                    "SELECT JOB_EXECUTION_ID FROM BATCH_JOB_EXECUTION ORDER BY 1", Long.class))
                    .as("run ids count on after a kill").containsExactly(1L, 2L);
            assertThat(exports(pipeline)).isEqualTo(reference(database));
        }
    }

    /**
     * The restart runs the first attempt's partitions that had not completed and no other, also when
     * it is given smaller partitions (which would split the months into more buckets beside the first
     * attempt's, holding streets those still hold).
     */
    @ParameterizedTest(name = "kill -9 inside a partition of {1} on {0}, restarted with {2}")
    @CsvSource({"h2,resolve,--reconcile.partition-rows=5", "h2,check,--reconcile.partition-households=75000",
            "mysql,resolve,--reconcile.partition-rows=31250", "mysql,check,--reconcile.partition-households=3"})
    void restartRunsOnlyThePartitionsThatHadNotCompleted(String database, String step, String restartSetting, @TempDir Path work)
            throws Exception {
        String url = database(database, work);
        String grid = "--reconcile.grid-size=2";
        JarProcess run = JarProcess.start(url, work, with(RUN, PAUSE, STEP + step, grid));
        // two threads, four partitions (two months, two buckets): the third one's writes are done
        // (held open) only after one of the first two has committed
        run.awaitLine("Units - " + step + " 3/4 partitions", 180);
        run.kill();
        assertThat(JarProcess.run(url, work, "recover", "--last").exitCode()).isZero();
        JarProcess.Result restarted = JarProcess.run(url, work, "restart", "--last", grid, restartSetting);
        assertThat(restarted.exitCode()).as(restarted.stderr()).isZero();

        try (Pipeline pipeline = new Pipeline(url, work)) {
            JdbcTemplate jdbc = pipeline.context().getBean(JdbcTemplate.class);
            List<Long> runs = jdbc.queryForList("SELECT JOB_EXECUTION_ID FROM BATCH_JOB_EXECUTION ORDER BY JOB_EXECUTION_ID",
                    Long.class);
            assertThat(runs).hasSize(2);
            String partitions = "SELECT STEP_NAME FROM BATCH_STEP_EXECUTION WHERE JOB_EXECUTION_ID = ? AND STEP_NAME LIKE ?"
                    + " AND STATUS = ? ORDER BY STEP_NAME";
            String like = step + ":%";
            List<String> all = List.of(step + ":2019-06:bucket-00", step + ":2019-06:bucket-01", step + ":2019-07:bucket-00",
                    step + ":2019-07:bucket-01");
            List<String> completedBefore = jdbc.queryForList(partitions, String.class, runs.get(0), like, "COMPLETED");
            List<String> rerun = jdbc.queryForList("SELECT STEP_NAME FROM BATCH_STEP_EXECUTION WHERE JOB_EXECUTION_ID = ?"
                    + " AND STEP_NAME LIKE ? ORDER BY STEP_NAME", String.class, runs.get(1), like);
            assertThat(completedBefore).isNotEmpty().isSubsetOf(all);
            assertThat(rerun).as("the restart runs exactly the partitions not completed before")
                    .isEqualTo(all.stream().filter(p -> !completedBefore.contains(p)).toList());
            assertThat(jdbc.queryForList(partitions, String.class, runs.get(1), like, "COMPLETED")).isEqualTo(rerun);
            assertThat(exports(pipeline)).isEqualTo(reference(database));
        }
    }

    /**
     * A month read under another district's policy and read again under its own: June at once, July
     * killed inside the ingest of its rosters, recovered and restarted. The restart reads only the
     * rosters whose partitions had not completed, and the exports are a run's under its own policy.
     */
    @ParameterizedTest(name = "kill -9 while rosters are read again on {0}")
    @ValueSource(strings = {"h2", "mysql"})
    void rosterReadAgainKilledRestartsToTheSameExports(String database, @TempDir Path work) throws Exception {
        String url = database(database, work);
        Path otherDistrict = otherDistrictPolicy(work);
        assertThat(JarProcess.run(url, work, "run", "--inbox", INBOX.toString(), "--policy", otherDistrict.toString())
                .exitCode()).isZero();
        String[] readAgain = {"--policy", INBOX.resolve("policy.yml").toString(), "--reread-rosters"};
        assertThat(JarProcess.run(url, work, with(new String[] {"rerun-month", "2019-06"}, readAgain)).exitCode()).isZero();
        JarProcess rerun = JarProcess.start(url, work, with(new String[] {"rerun-month", "2019-07"},
                with(readAgain, PAUSE, STEP + "ingest", "--reconcile.ingest-partition-bytes=1")));
        // a partition per file, each held open after its writes: by the third, one has committed at least
        rerun.awaitLine("Units - ingest 3/", 180);
        rerun.kill();
        assertThat(JarProcess.run(url, work, "recover", "--last").exitCode()).isZero();
        JarProcess.Result restarted = JarProcess.run(url, work, "restart", "--last");
        assertThat(restarted.exitCode()).as(restarted.stderr()).isZero();

        try (Pipeline pipeline = new Pipeline(url, work)) {
            JdbcTemplate jdbc = pipeline.context().getBean(JdbcTemplate.class);
            String written = "SELECT COALESCE(SUM(WRITE_COUNT), 0) FROM BATCH_STEP_EXECUTION WHERE JOB_EXECUTION_ID = ?"
                    + " AND STEP_NAME %s AND STATUS = 'COMPLETED'";
            long before = jdbc.queryForObject(written.formatted("LIKE 'ingest:%'"), Long.class, 3L);
            long after = jdbc.queryForObject(written.formatted("= 'ingest'"), Long.class, 4L);
            assertThat(before).as("rows of the rosters read before the kill").isPositive();
            assertThat(before + after).as("the restart reads the rosters not read before, and only them")
                    .isEqualTo(jdbc.queryForObject("SELECT SUM(rows_read) FROM inbox_file WHERE month = '2019-07'"
                            + " AND kind = 'roster' AND status = 'LOADED'", Long.class));
            assertThat(exports(pipeline)).isEqualTo(reference(database));
        }
    }

    @ParameterizedTest(name = "stop and restart on {0}")
    @ValueSource(strings = {"h2", "mysql"})
    void stoppedRunRestartsToTheSameExports(String database, @TempDir Path work) throws Exception {
        String url = database(database, work);
        // a partition per file, so that partitions are left when the stop comes
        JarProcess run = JarProcess.start(url, work, with(RUN, PAUSE, STEP + "ingest", "--reconcile.ingest-partition-bytes=1"));
        run.awaitLine("Units - ingest 2/", 180);
        JarProcess.Result second = JarProcess.run(url, work, RUN);
        assertThat(second.exitCode()).as(second.stderr()).isEqualTo(4);
        assertThat(second.stderr()).contains("another run is in progress");
        JarProcess.Result stop = JarProcess.run(url, work, "stop", "--last");
        assertThat(stop.exitCode()).as(stop.stderr()).isZero();
        assertThat(run.waitFor()).isEqualTo(5);
        assertThat(run.stderr()).contains("STOPPED");

        JarProcess.Result restarted = JarProcess.run(url, work, "restart", "--last");
        assertThat(restarted.exitCode()).as(restarted.stderr()).isZero();
        try (Pipeline pipeline = new Pipeline(url, work)) {
            assertThat(exports(pipeline)).isEqualTo(reference(database));
        }
    }

    @ParameterizedTest(name = "two runs started at once on {0}")
    @ValueSource(strings = {"h2", "mysql"})
    void ofTwoRunsStartedAtOnceOneRefuses(String database, @TempDir Path work) throws Exception {
        String url = database(database, work);
        new Pipeline(url, work).close(); // the schema exists, as on any night but the first
        // each run holds its resolve units open, so the two overlap whatever their start-up times
        String[] slowRun = with(RUN, PAUSE, STEP + "resolve");
        JarProcess first = JarProcess.start(url, work, slowRun);
        JarProcess second = JarProcess.start(url, work, slowRun);
        int a = first.waitFor();
        int b = second.waitFor();
        assertThat(List.of(a, b)).as(first.stderr() + "\n----\n" + second.stderr()).containsOnlyOnce(0);
        assertThat(a == 0 ? second.stderr() : first.stderr()).contains("another run");
        try (Pipeline pipeline = new Pipeline(url, work)) {
            assertThat(exports(pipeline)).isEqualTo(reference(database));
        }
    }

    /**
     * On an H2 file the first process to open it serves it to the others, and takes it away when it
     * ends. This JVM plays a shorter process that opened the file first ('status', a refused run):
     * a run waits for it, at most {@code reconcile.h2-host-wait}, and then serves the file itself.
     */
    @org.junit.jupiter.api.Test
    void aRunWaitsForAShorterProcessServingTheH2FileThenServesItItself(@TempDir Path work) throws Exception {
        String url = database("h2", work);
        new Pipeline(url, work).close();
        try (Connection shorter = DriverManager.getConnection(url, "", "")) {
            JarProcess.Result impatient = JarProcess.run(url, work, with(RUN, "--reconcile.h2-host-wait=2s"));
            assertThat(impatient.exitCode()).as(impatient.stderr()).isEqualTo(4);
            assertThat(impatient.stderr()).contains("has held the H2 database for 2 s").doesNotContain("\tat ");

            JarProcess run = JarProcess.start(url, work, RUN);
            run.awaitLine("another process holds the H2 database", 120);
            shorter.createStatement().execute("SHUTDOWN"); // as its process ends
            assertThat(run.waitFor()).as(run.stderr()).isZero();
        }
        try (Pipeline pipeline = new Pipeline(url, work)) {
            assertThat(exports(pipeline)).isEqualTo(reference("h2"));
        }
    }

    @ParameterizedTest(name = "SIGTERM stops the run on {0}")
    @ValueSource(strings = {"h2", "mysql"})
    void sigtermStopsAfterTheCurrentUnitAndRestartCompletesIdentically(String database, @TempDir Path work) throws Exception {
        String url = database(database, work);
        JarProcess run = JarProcess.start(url, work, with(RUN, PAUSE, STEP + "ingest"));
        run.awaitLine("Units - ingest 2/", 180);
        run.terminate();
        assertThat(run.waitFor()).as(run.stderr()).isEqualTo(5);
        assertThat(run.stderr()).contains("SIGTERM: the run stops after its current unit", "run 1 STOPPED after its current unit")
                .doesNotContain("\tat ");

        JarProcess.Result restarted = JarProcess.run(url, work, "restart", "--last");
        assertThat(restarted.exitCode()).as(restarted.stderr()).isZero();
        try (Pipeline pipeline = new Pipeline(url, work)) {
            JdbcTemplate jdbc = pipeline.context().getBean(JdbcTemplate.class);
            assertThat(jdbc.queryForList("SELECT STATUS FROM BATCH_JOB_EXECUTION ORDER BY JOB_EXECUTION_ID", String.class))
                    .containsExactly("STOPPED", "COMPLETED");
            assertThat(jdbc.queryForList("SELECT JOB_EXECUTION_ID FROM BATCH_JOB_EXECUTION ORDER BY 1", Long.class))
                    .as("run ids count on after the process ended").containsExactly(1L, 2L);
            assertThat(pipeline.output("status")).contains("run 2  COMPLETED", "(restart: continues run 1)",
                    "ingest     STOPPED", "stopped by 'stop' or a signal", " stopped, 0 failed").doesNotContain("Exception");
            assertThat(exports(pipeline)).isEqualTo(reference(database));
        }
    }

    @org.junit.jupiter.api.Test
    void databaseOutageFailsTheRunWithOneLineAndARestartCompletesIdentically(@TempDir Path work) throws Exception {
        String direct = database("mysql", work);
        try (TcpProxy proxy = TcpProxy.to(3306)) {
            String url = direct.replace("127.0.0.1:3306", "127.0.0.1:" + proxy.port());
            JarProcess run = JarProcess.start(url, work, with(RUN, PAUSE, STEP + "check"));
            run.awaitLine("Units - check 1/", 180);
            proxy.cut();
            Thread.sleep(3000);
            proxy.restore();
            assertThat(run.waitFor()).isEqualTo(1);
            assertThat(run.stderr()).as("the libraries' own error lines stay in the log file")
                    .doesNotContain("\tat ", "Encountered an error").containsPattern("reconcile: run \\d+ FAILED: .+'restart \\d+'");
            assertThat(Files.readString(work.resolve("reconcile.log"))).contains("Encountered an error executing step");

            JarProcess.Result restarted = JarProcess.run(url, work, "restart", "--last");
            assertThat(restarted.exitCode()).as(restarted.stderr()).isZero();
            try (Pipeline pipeline = new Pipeline(direct, work)) {
                assertThat(exports(pipeline)).isEqualTo(reference("mysql"));
            }
        }
    }

    static String database(String database, Path work) {
        if (database.equals("h2")) {
            return Databases.h2(work);
        }
        String url = Databases.freshMysql();
        SCHEMAS.add(url);
        return url;
    }

    /** The exports of an uninterrupted run, made once per database. */
    static Map<String, String> reference(String database) {
        return REFERENCE.computeIfAbsent(database, db -> {
            try {
                Path work = Files.createDirectories(referenceRuns.resolve(db));
                String url = database(db, work);
                JarProcess.Result result = JarProcess.run(url, work, RUN);
                assertThat(result.exitCode()).as(result.stderr()).isZero();
                try (Pipeline pipeline = new Pipeline(url, work)) {
                    return exports(pipeline);
                }
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    static Map<String, String> exports(Pipeline pipeline) {
        return pipeline.exportsOf(INBOX);
    }

    /** The samples' policy under other street names, as another district's: it names none of the samples' streets. */
    static Path otherDistrictPolicy(Path dir) throws IOException {
        return Files.writeString(dir.resolve("other-district.yml"), Files.readString(INBOX.resolve("policy.yml"))
                .replace("柳湾", "青山").replace("石桥", "黄山").replace("梅岭", "白沙").replace("渡口", "红岭"));
    }

    static String[] with(String[] args, String... more) {
        String[] all = java.util.Arrays.copyOf(args, args.length + more.length);
        System.arraycopy(more, 0, all, args.length, more.length);
        return all;
    }

    private static List<String> schemasDroppedAtExit() {
        List<String> schemas = new java.util.concurrent.CopyOnWriteArrayList<>();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> schemas.forEach(Databases::dropMysql)));
        return schemas;
    }
}
