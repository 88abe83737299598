package org.civilaffairs.reconcile.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Remote partitioning with real processes, RabbitMQ and MariaDB: a manager ({@code run --remote})
 * and worker JVMs ({@code worker}) sharing the database and the archive folder. Partitions go
 * to workers and come out as one JVM's run does; a worker killed inside a partition is taken over
 * by another or, with none left, the run fails in one line and {@code recover} + {@code restart}
 * redo only the lost partitions; a broker outage fails the run in one line and a restart
 * completes it; a worker of another release refuses and writes nothing; a partition that fails on a
 * worker is one line on its terminal and at the manager.
 */
class RemotePartitioningIT {

    private static final String PAUSE = "--reconcile.drill.pause-in-unit=";
    private static final String RESOLVE = "--reconcile.drill.step=resolve";
    private static final String ONE_CONSUMER = "--reconcile.remote.consumers=1";

    private final List<JarProcess> workers = new ArrayList<>();
    private final List<String> schemas = new ArrayList<>();
    private String queue;

    @BeforeEach
    void broker() {
        Brokers.require();
        queue = "--reconcile.remote.queue=" + Brokers.freshQueue();
    }

    @AfterEach
    void cleanUp() throws InterruptedException {
        for (JarProcess worker : workers) {
            worker.kill();
        }
        schemas.forEach(Databases::dropMysql);
        Brokers.deleteQueue(queue.substring(queue.indexOf('=') + 1));
    }

    @Test
    void aManagerAndTwoWorkersExportWhatOneJvmExports(@TempDir Path work) throws Exception {
        Path example = ExamplesTest.EXAMPLES.resolve("public");
        org.junit.jupiter.api.Assumptions.assumeTrue(example.resolve("inbox").toFile().isDirectory(), example + " is absent");
        Path inbox = Trees.copy(example.resolve("inbox"), work.resolve("inbox"));
        String[] run = {"run", "--inbox", inbox.toString(), "--policy", example.resolve("policy.yml").toString()};
        Map<String, String> oneJvm = oneJvmExports(run, inbox, work.resolve("one-jvm"));

        String url = mysql();
        Path shared = work.resolve("remote");
        JarProcess a = worker(url, shared, ONE_CONSUMER);
        JarProcess b = worker(url, shared, ONE_CONSUMER);
        JarProcess.Result manager = JarProcess.run(url, shared, OperationsIT.with(run, "--remote", queue, "--reconcile.grid-size=3"));
        assertThat(manager.exitCode()).as(manager.stderr()).isZero();
        assertThat(a.stderr()).as("both workers ran partitions").contains("worker: running");
        assertThat(b.stderr()).contains("worker: running");
        assertThat(manager.stderr()).doesNotContain("worker: running");
        try (Pipeline pipeline = new Pipeline(url, shared)) {
            assertThat(pipeline.exportsOf(inbox)).isEqualTo(oneJvm);
        }
    }

    @Test
    void aWorkerKilledInsideAPartitionIsTakenOverByAnother(@TempDir Path work) throws Exception {
        Map<String, String> oneJvm = oneJvmExports(OperationsIT.RUN, OperationsIT.INBOX, work.resolve("one-jvm"));
        String url = mysql();
        Path shared = work.resolve("remote");
        JarProcess doomed = worker(url, shared, ONE_CONSUMER, PAUSE + "60s", RESOLVE);
        JarProcess other = worker(url, shared, ONE_CONSUMER);
        JarProcess manager = JarProcess.start(url, shared, OperationsIT.with(OperationsIT.RUN, "--remote", queue,
                "--reconcile.grid-size=2"));
        doomed.awaitLine("resolve: partition", 180); // written, not committed: the drill holds it open
        doomed.kill();
        assertThat(manager.waitFor()).as(manager.stderr()).isZero();
        assertThat(other.stderr()).contains("was left STARTED by a worker that is gone: taking it over");
        try (Pipeline pipeline = new Pipeline(url, shared)) {
            JdbcTemplate jdbc = pipeline.context().getBean(JdbcTemplate.class);
            assertThat(jdbc.queryForList("SELECT STEP_NAME FROM BATCH_STEP_EXECUTION WHERE STEP_NAME LIKE 'resolve:%'"
                    + " AND STATUS = 'COMPLETED'", String.class)).as("each partition ran to its end once").hasSize(4)
                    .doesNotHaveDuplicates();
            assertThat(pipeline.exportsOf(OperationsIT.INBOX)).isEqualTo(oneJvm);
        }
    }

    @Test
    void withNoWorkerLeftTheRunFailsInOneLineAndRecoverPlusRestartRedoOnlyTheLostPartitions(@TempDir Path work)
            throws Exception {
        Map<String, String> oneJvm = oneJvmExports(OperationsIT.RUN, OperationsIT.INBOX, work.resolve("one-jvm"));
        String url = mysql();
        Path shared = work.resolve("remote");
        JarProcess doomed = worker(url, shared, ONE_CONSUMER, PAUSE + "4s", RESOLVE);
        JarProcess manager = JarProcess.start(url, shared, OperationsIT.with(OperationsIT.RUN, "--remote", queue,
                "--reconcile.grid-size=2", "--reconcile.remote.timeout=40s"));
        awaitCount(doomed, "resolve: partition", 2); // the first committed, the second held open
        doomed.kill();
        assertThat(manager.waitFor()).as(manager.stderr()).isEqualTo(1);
        assertThat(manager.stderr()).doesNotContain("\tat ")
                .containsPattern("reconcile: run 1 FAILED: partitions of resolve sent to workers did not all end within 40 s"
                        + " .*run 'recover --last' then 'restart --last --remote'");

        worker(url, shared, ONE_CONSUMER);
        JarProcess.Result recovered = JarProcess.run(url, shared, "recover", "--last");
        assertThat(recovered.exitCode()).as(recovered.stderr()).isZero();
        assertThat(recovered.stderr()).contains("left running by workers marked FAILED");
        JarProcess.Result restarted = JarProcess.run(url, shared, "restart", "--last", "--remote", queue);
        assertThat(restarted.exitCode()).as(restarted.stderr()).isZero();

        try (Pipeline pipeline = new Pipeline(url, shared)) {
            JdbcTemplate jdbc = pipeline.context().getBean(JdbcTemplate.class);
            String partitions = "SELECT STEP_NAME FROM BATCH_STEP_EXECUTION WHERE JOB_EXECUTION_ID = ?"
                    + " AND STEP_NAME LIKE 'resolve:%' AND STATUS LIKE ? ORDER BY STEP_NAME";
            List<String> all = List.of("resolve:2019-06:bucket-00", "resolve:2019-06:bucket-01", "resolve:2019-07:bucket-00",
                    "resolve:2019-07:bucket-01");
            List<String> completedBefore = jdbc.queryForList(partitions, String.class, 1L, "COMPLETED");
            assertThat(completedBefore).hasSize(1);
            assertThat(jdbc.queryForList(partitions, String.class, 2L, "%")).as("the restart runs only the lost partitions")
                    .isEqualTo(all.stream().filter(p -> !completedBefore.contains(p)).toList());
            assertThat(pipeline.exportsOf(OperationsIT.INBOX)).isEqualTo(oneJvm);
        }
    }

    @Test
    void aBrokerOutageFailsTheRunInOneLineAndARestartCompletesIdentically(@TempDir Path work) throws Exception {
        Map<String, String> oneJvm = oneJvmExports(OperationsIT.RUN, OperationsIT.INBOX, work.resolve("one-jvm"));
        String url = mysql();
        Path shared = work.resolve("remote");
        try (TcpProxy proxy = TcpProxy.to(Brokers.PORT)) {
            String broker = "--broker=" + Brokers.uri(proxy.port());
            JarProcess a = worker(url, shared, ONE_CONSUMER, PAUSE + "4s", RESOLVE, broker);
            JarProcess b = worker(url, shared, ONE_CONSUMER, PAUSE + "4s", RESOLVE, broker);
            // one partition per month: each worker holds one when the broker goes away
            JarProcess manager = JarProcess.start(url, shared, OperationsIT.with(OperationsIT.RUN, "--remote", broker, queue,
                    "--reconcile.grid-size=1"));
            a.awaitLine("resolve: partition", 180);
            b.awaitLine("resolve: partition", 180);
            proxy.cut();
            assertThat(manager.waitFor()).as(manager.stderr()).isEqualTo(1);
            assertThat(manager.stderr()).doesNotContain("\tat ").containsPattern("reconcile: run 1 FAILED: the partitions of"
                    + " check could not be sent: message broker unreachable.*run 'recover --last' then 'restart --last --remote'");
            proxy.restore();

            JarProcess.Result recovered = JarProcess.run(url, shared, "recover", "--last");
            assertThat(recovered.exitCode()).as(recovered.stderr()).isZero();
            JarProcess.Result restarted = JarProcess.run(url, shared, "restart", "--last", "--remote", broker, queue);
            assertThat(restarted.exitCode()).as(restarted.stderr()).isZero();
        }
        try (Pipeline pipeline = new Pipeline(url, shared)) {
            assertThat(pipeline.exportsOf(OperationsIT.INBOX)).isEqualTo(oneJvm);
        }
    }

    @Test
    void aWorkerOfAnotherReleaseRefusesAndWritesNothing(@TempDir Path work) throws Exception {
        String url = mysql();
        worker(url, work, ONE_CONSUMER, "--reconcile.remote.jar-version=0.0.0-other");
        JarProcess.Result manager = JarProcess.run(url, work, OperationsIT.with(OperationsIT.RUN, "--remote", queue,
                "--reconcile.grid-size=1"));
        assertThat(manager.exitCode()).as(manager.stderr()).isEqualTo(1);
        assertThat(manager.stderr()).doesNotContain("\tat ").containsPattern("reconcile: run 1 FAILED: partition ingest:"
                + "(2019-0[67]:files?-[\\d-]+) FAILED on a worker: worker refuses partition ingest:\\1: it runs jar"
                + " 0.0.0-other / schema \\S+, the manager jar \\S+ / schema \\S+: run the same release");
        try (Pipeline pipeline = new Pipeline(url, work)) {
            JdbcTemplate jdbc = pipeline.context().getBean(JdbcTemplate.class);
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM roster_row", Long.class)).as("nothing staged").isZero();
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM inbox_file WHERE status = 'LOADED'", Long.class))
                    .as("no file loaded").isZero();
            assertThat(jdbc.queryForList("SELECT DISTINCT STATUS FROM BATCH_STEP_EXECUTION WHERE STEP_NAME LIKE 'ingest:%'",
                    String.class)).containsExactly("FAILED");
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM BATCH_STEP_EXECUTION WHERE STEP_NAME LIKE 'registry%'",
                    Long.class)).as("registry never started").isZero();
        }
    }

    @Test
    void aPartitionThatFailsOnAWorkerIsOneLineThereAndAtTheManager(@TempDir Path work) throws Exception {
        String url = mysql();
        assertThat(JarProcess.run(url, work, OperationsIT.RUN).exitCode()).isZero();
        Files.move(work.resolve("archive"), work.resolve("archive-away"));
        assertThat(JarProcess.run(url, work, "rerun-month", "2019-07", "--reread-rosters").exitCode()).isEqualTo(1);
        JarProcess worker = worker(url, work, ONE_CONSUMER);
        JarProcess.Result manager = JarProcess.run(url, work, "restart", "--last", "--remote", queue);
        assertThat(manager.exitCode()).as(manager.stderr()).isEqualTo(1);
        assertThat(manager.stderr()).doesNotContain("\tat ", "Encountered an error").containsPattern("reconcile: run 3 FAILED:"
                + " partition ingest:\\S+ FAILED on a worker: cannot read archived copy of 2019-07/rosters/");
        awaitCount(worker, " FAILED: ", 1);
        assertThat(worker.stderr()).doesNotContain("\tat ", "Encountered an error").containsPattern("worker: ingest:2019-07:"
                + "files?-[\\d-]+ of run 3 FAILED: file missing: .+ \\(the archive keeps a copy of every inbox file a run reads");
    }

    @Test
    void remoteRefusesH2AndAnUnreachableBrokerInOneLineAndAPlainRunNeverTouchesTheBroker(@TempDir Path work)
            throws Exception {
        String h2 = Databases.h2(work);
        JarProcess.Result onH2 = JarProcess.run(h2, work, OperationsIT.with(OperationsIT.RUN, "--remote", queue));
        assertThat(onH2.exitCode()).as(onH2.stderr()).isEqualTo(4);
        assertThat(onH2.stderr().strip().lines()).hasSize(1).first().asString()
                .contains("an H2 file cannot be shared", "--spring.datasource.url=jdbc:mysql://");

        String url = mysql();
        JarProcess.Result noBroker = JarProcess.run(url, work, OperationsIT.with(OperationsIT.RUN, "--remote", queue,
                "--broker", Brokers.uri(freePort())));
        assertThat(noBroker.exitCode()).as(noBroker.stderr()).isEqualTo(3);
        assertThat(noBroker.stderr().strip().lines()).hasSize(1).first().asString()
                .contains("message broker unreachable", "amqp://guest:***@127.0.0.1:").doesNotContain("guest:guest");

        JarProcess.Result plain = JarProcess.run(h2, work, OperationsIT.RUN);
        assertThat(plain.exitCode()).as(plain.stderr()).isZero();
        assertThat(plain.stderr()).doesNotContainIgnoringCase("rabbit").doesNotContainIgnoringCase("amqp");
    }

    private JarProcess worker(String url, Path work, String... settings) throws Exception {
        JarProcess worker = JarProcess.start(url, work, OperationsIT.with(new String[] {"worker", queue}, settings));
        workers.add(worker);
        worker.awaitLine("worker: serving partitions", 180);
        return worker;
    }

    private String mysql() {
        String url = Databases.freshMysql();
        schemas.add(url);
        return url;
    }

    /** The exports of the same inbox run in one JVM, without a broker, on a schema of its own. */
    private Map<String, String> oneJvmExports(String[] run, Path inbox, Path work) throws Exception {
        String url = mysql();
        JarProcess.Result result = JarProcess.run(url, work, run);
        assertThat(result.exitCode()).as(result.stderr()).isZero();
        try (Pipeline pipeline = new Pipeline(url, work)) {
            return pipeline.exportsOf(inbox);
        }
    }

    private static void awaitCount(JarProcess process, String text, int count) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
        while (process.stderr().lines().filter(l -> l.contains(text)).count() < count) {
            assertThat(System.nanoTime()).as("%d lines with '%s':%n%s", count, text, process.stderr()).isLessThan(deadline);
            Thread.sleep(200);
        }
    }

    private static int freePort() throws Exception {
        try (java.net.ServerSocket s = new java.net.ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
