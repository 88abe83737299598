package org.civilaffairs.reconcile.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What an operator meets with the real jar as a process: any H2 URL works and run ids stay
 * sequential after a kill; a failed first migration leaves nothing behind, and one killed halfway is
 * set up again by the next start; a log file that
 * cannot be written does not stop 'status'; a database outage ends the run FAILED, not STARTED.
 */
class RunTrustIT {

    @Test
    void aPlainH2UrlWorksAndRunIdsStaySequentialAfterAKill(@TempDir Path work) throws Exception {
        String plain = "jdbc:h2:file:" + work.resolve("plain/db").toAbsolutePath();
        JarProcess run = JarProcess.start(plain, work, OperationsIT.with(OperationsIT.RUN, "--reconcile.drill.pause-in-unit=4s",
                "--reconcile.drill.step=resolve"));
        run.awaitLine("Units - resolve 1/", 180);
        run.kill();
        assertThat(JarProcess.run(plain, work, "recover", "--last").exitCode()).isZero();
        JarProcess.Result restarted = JarProcess.run(plain, work, "restart", "--last");
        assertThat(restarted.exitCode()).as(restarted.stderr()).isZero();
        JarProcess.Result status = JarProcess.run(plain, work, "status");
        assertThat(status.exitCode()).as(status.stderr()).isZero();
        try (Pipeline pipeline = new Pipeline(plain, work)) {
            assertThat(pipeline.context().getBean(JdbcTemplate.class).queryForList(
                    "SELECT JOB_EXECUTION_ID FROM BATCH_JOB_EXECUTION ORDER BY 1", Long.class)).containsExactly(1L, 2L);
        }
    }

    @ParameterizedTest(name = "a failed first migration leaves nothing on {0}")
    @ValueSource(strings = {"h2", "mysql"})
    void aFailedFirstMigrationLeavesNothingBehind(String database, @TempDir Path work) throws Exception {
        String url = database.equals("h2") ? "jdbc:h2:file:" + work.resolve("db").toAbsolutePath() : OperationsIT.database(database, work);
        Path broken = Files.createDirectories(work.resolve("broken"));
        Files.writeString(broken.resolve("V9_5__broken.sql"), "CREATE TABLE broken (\n", StandardCharsets.UTF_8);
        JarProcess.Result failed = JarProcess.run(url, work, "status", "--spring.flyway.locations=classpath:db/migration,filesystem:" + broken);
        assertThat(failed.exitCode()).as(failed.stderr()).isEqualTo(3);
        assertThat(failed.stderr().strip().lines()).as(failed.stderr()).hasSize(1);
        assertThat(failed.stderr()).startsWith("reconcile: cannot start:").doesNotContain("\tat ");
        assertThat(objects(url)).as("what the failed migration created").isEmpty();

        JarProcess.Result fine = JarProcess.run(url, work, OperationsIT.RUN);
        assertThat(fine.exitCode()).as(fine.stderr()).isZero();
    }

    /**
     * A first start killed or stopped in the middle of a migration (its statements each committed) left
     * half a schema that every later start failed to migrate again; the next start now sets it up again.
     */
    @ParameterizedTest(name = "a first start ended by {1} halfway through a migration on {0}")
    @CsvSource({"h2, kill -9", "mysql, kill -9", "h2, SIGTERM"})
    void aFirstStartCutShortIsSetUpAgainByTheNext(String database, String signal, @TempDir Path work) throws Exception {
        String url = database.equals("h2") ? Databases.h2(work) : OperationsIT.database(database, work);
        Path slow = Files.createDirectories(work.resolve("slow"));
        Path migration = slow.resolve("V9_5__slow.sql");
        Path halfway = work.resolve("halfway");
        Files.writeString(migration, halfway(database, halfway, true), StandardCharsets.UTF_8);
        String extra = "--spring.flyway.locations=classpath:db/migration,filesystem:" + slow;
        JarProcess first = JarProcess.start(url, work, "status", extra);
        awaitHalfway(url, halfway, first);
        if (signal.equals("SIGTERM")) {
            first.terminate();
            assertThat(first.waitFor()).isEqualTo(143);
            assertThat(first.stderr()).contains("reconcile: SIGTERM while starting: ended before the command began");
        } else {
            first.kill();
        }

        Files.writeString(migration, halfway(database, halfway, false), StandardCharsets.UTF_8);
        JarProcess.Result again = JarProcess.run(url, work, "status", extra);
        assertThat(again.exitCode()).as(again.stderr()).isZero();
        assertThat(again.stderr()).doesNotContain("\tat ");
        if (signal.equals("kill -9")) { // SIGTERM lets H2 close, which ends the migration with an error: it cleans up at once
            assertThat(again.stderr()).contains("the database's first setup did not end (its process was stopped or killed):"
                    + " it is set up again");
        }
        assertThat(objects(url)).as("the marker of the first migration").noneMatch(o -> o.equalsIgnoreCase("reconcile_first_migration"));
        JarProcess.Result run = JarProcess.run(url, work, OperationsIT.with(OperationsIT.RUN, extra));
        assertThat(run.exitCode()).as(run.stderr()).isZero();
    }

    /**
     * A migration that creates a table, then (on H2, which the test cannot reach while the process
     * holds it) writes the file {@code halfway}, takes long (20 s and more) when {@code slow}, then
     * creates another table.
     */
    private static String halfway(String database, Path halfway, boolean slow) {
        String pause = database.equals("h2")
                ? "SELECT FILE_WRITE(STRINGTOUTF8('halfway'), '" + halfway.toAbsolutePath() + "');\n"
                        + "SELECT COUNT(*) FROM (WITH RECURSIVE t(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM t WHERE n < "
                        + (slow ? 300_000_000 : 1) + ") SELECT n FROM t) s;"
                : "DO SLEEP(" + (slow ? 20 : 0) + ");";
        return "CREATE TABLE half_a (x INT);\n" + pause + "\nCREATE TABLE half_b (x INT);\n";
    }

    /** Waits until the process is in the middle of the migration: its first table made (on H2: the file written). */
    private static void awaitHalfway(String url, Path halfway, JarProcess process) throws Exception {
        boolean h2 = url.startsWith("jdbc:h2");
        for (int i = 0; i < 600; i++) {
            if (h2 ? Files.exists(halfway) : objects(url).stream().anyMatch("half_a"::equalsIgnoreCase)) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the migration was not halfway in 60 s:\n" + process.stderr());
    }

    @Test
    void aLogFileThatCannotBeWrittenLeavesStatusWorking(@TempDir Path work) throws Exception {
        Path notAFolder = Files.writeString(work.resolve("logs"), "a file, not a folder");
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
                JarProcess.JAR.toAbsolutePath().toString(), "status", "--spring.datasource.url=" + Databases.h2(work),
                "--spring.datasource.username=", "--reconcile.log-file=" + notAFolder.resolve("reconcile.log"));
        Process status = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        String err = new String(status.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(status.waitFor()).as(err).isZero();
        assertThat(err.strip().lines()).as(err).hasSize(1);
        assertThat(err).contains("warning: cannot write the log file", "logging to standard error only").doesNotContain("ch.qos", "\tat ");
    }

    @Test
    void aDatabaseOutageAtTheEndOfTheRunLeavesItFailedNotStarted(@TempDir Path work) throws Exception {
        String direct = OperationsIT.database("mysql", work);
        try (TcpProxy proxy = TcpProxy.to(3306)) {
            String url = direct.replace("127.0.0.1:3306", "127.0.0.1:" + proxy.port());
            JarProcess run = JarProcess.start(url, work, OperationsIT.with(OperationsIT.RUN, "--reconcile.drill.pause-in-unit=4s",
                    "--reconcile.drill.step=check", "--spring.datasource.hikari.connection-timeout=3000"));
            run.awaitLine("Units - check 1/", 180);
            proxy.cut();
            run.awaitLine("the run's end is not recorded yet", 180);
            proxy.restore();
            assertThat(run.waitFor()).as(run.stderr()).isEqualTo(1);
            assertThat(run.stderr()).doesNotContain("\tat ");
            try (Pipeline pipeline = new Pipeline(direct, work)) {
                assertThat(pipeline.context().getBean(JdbcTemplate.class).queryForList(
                        "SELECT STATUS FROM BATCH_JOB_EXECUTION", String.class)).containsExactly("FAILED");
            }
            JarProcess.Result restarted = JarProcess.run(url, work, "restart", "--last");
            assertThat(restarted.exitCode()).as(restarted.stderr()).isZero();
        }
    }

    /** The tables, views and sequences of the database behind {@code url}. */
    private static List<String> objects(String url) throws Exception {
        boolean h2 = url.startsWith("jdbc:h2");
        String sql = h2 ? "SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = 'PUBLIC'"
                + " UNION ALL SELECT SEQUENCE_NAME FROM INFORMATION_SCHEMA.SEQUENCES WHERE SEQUENCE_SCHEMA = 'PUBLIC'"
                : "SELECT TABLE_NAME FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE()";
        List<String> names = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(url, h2 ? "" : "root", "");
             Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                names.add(rs.getString(1));
            }
        }
        return names;
    }
}
