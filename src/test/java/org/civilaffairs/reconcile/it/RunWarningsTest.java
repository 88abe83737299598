package org.civilaffairs.reconcile.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Input that the job does not read is never lost without a word: rosters in a wrong folder, at
 * the inbox root, as spreadsheets, and a street office that sent nothing this month end the run
 * COMPLETED with warnings, exit 6, each warning kept for 'status' and counted in the metrics file.
 * Files rejected whole or mostly are notices, kept and counted the same way, with exit 0. On H2 and
 * MySQL/MariaDB.
 */
class RunWarningsTest {

    private static final Charset GB18030 = Charset.forName("GB18030");

    @ParameterizedTest(name = "unread input on {0}")
    @ValueSource(strings = {"h2", "mysql"})
    void unreadInputEndsTheRunWithWarnings(String database, @TempDir Path work) throws Exception {
        Path inbox = Trees.copy(OperationsIT.INBOX, work.resolve("inbox"));
        Path july = inbox.resolve("2019-07");
        Files.createDirectories(july.resolve("roster"));
        Files.move(july.resolve("rosters/梅岭街_2019-07.csv"), july.resolve("roster/梅岭街_2019-07.csv"));
        Files.writeString(july.resolve("rosters/石桥街_补发_2019-07.xlsx"), "PK");
        Files.writeString(inbox.resolve("渡口街_2019-08.csv"), "x");
        String url = OperationsIT.database(database, work);
        try (Pipeline pipeline = new Pipeline(url, work)) {
            int exit = pipeline.run("run", "--inbox", inbox.toString(), "--policy", inbox.resolve("policy.yml").toString());

            assertThat(exit).isEqualTo(6);
            JdbcTemplate jdbc = pipeline.context().getBean(JdbcTemplate.class);
            assertThat(jdbc.queryForList("SELECT subject FROM run_warning WHERE notice = FALSE ORDER BY seq", String.class))
                    .containsExactly("2019-07/roster/梅岭街_2019-07.csv", "2019-07/rosters/石桥街_补发_2019-07.xlsx",
                            "渡口街_2019-08.csv", "梅岭街 2019-07");
            assertThat(jdbc.queryForObject("SELECT EXIT_CODE FROM BATCH_JOB_EXECUTION", String.class))
                    .isEqualTo("COMPLETED_WITH_WARNINGS");
            assertThat(jdbc.queryForObject("SELECT exit_message FROM run_audit", String.class)).startsWith("4 warnings");
            String status = pipeline.output("status");
            assertThat(status).contains("COMPLETED with 4 warnings", "warning: 梅岭街 2019-07: sent a roster for 2019-06",
                    "warning: 2019-07/roster/梅岭街_2019-07.csv: folder '2019-07/roster' is not read");
            assertThat(Files.readString(work.resolve("reconcile.prom")))
                    .contains("reconcile_run_exit_code 6.0", "reconcile_run_warnings 4.0", "reconcile_run_id 1.0");
            assertThat(Files.readString(work.resolve("reconcile.log"))).contains("WARN  RunWarnings - run 1: 梅岭街 2019-07");

            // moved where it belongs, the roster is read and the warnings are gone
            Files.move(july.resolve("roster/梅岭街_2019-07.csv"), july.resolve("rosters/梅岭街_2019-07.csv"));
            Files.delete(july.resolve("rosters/石桥街_补发_2019-07.xlsx"));
            Files.delete(inbox.resolve("渡口街_2019-08.csv"));
            assertThat(pipeline.run("run", "--inbox", inbox.toString(), "--policy", inbox.resolve("policy.yml").toString())).isZero();
            assertThat(Files.readString(work.resolve("reconcile.prom"))).contains("reconcile_run_exit_code 0.0", "reconcile_run_warnings 0.0");
        }
    }

    @ParameterizedTest(name = "an extract renamed after its rejection on {0}")
    @ValueSource(strings = {"h2", "mysql"})
    void anExtractRejectedForItsNameIsReadOnceRenamed(String database, @TempDir Path work) throws Exception {
        Path inbox = Trees.copy(OperationsIT.INBOX, work.resolve("inbox"));
        Path reference = inbox.resolve("2019-07/reference");
        Files.move(reference.resolve("hukou.csv"), reference.resolve("hukou_2019-07.csv"));
        String[] run = {"run", "--inbox", inbox.toString(), "--policy", inbox.resolve("policy.yml").toString()};
        try (Pipeline pipeline = new Pipeline(OperationsIT.database(database, work), work)) {
            assertThat(pipeline.run(run)).isZero();
            assertThat(pipeline.output("status")).contains("notice: 2019-07/reference/hukou_2019-07.csv: the file was rejected"
                    + " whole: unknown reference source; rename it after its source, one of hukou.csv,");

            Files.move(reference.resolve("hukou_2019-07.csv"), reference.resolve("hukou.csv"));
            assertThat(pipeline.run(run)).isZero();
            assertThat(pipeline.context().getBean(JdbcTemplate.class).queryForObject("SELECT status FROM inbox_file"
                    + " WHERE month = '2019-07' AND file_name = 'reference/hukou.csv'", String.class))
                    .as("not a duplicate of the rejected name that left the inbox").isEqualTo("LOADED");
        }
    }

    @ParameterizedTest(name = "files mostly rejected on {0}")
    @ValueSource(strings = {"h2", "mysql"})
    void filesMostlyRejectedAreNoticesThatKeepTheExitCode(String database, @TempDir Path work) throws Exception {
        Path inbox = Trees.copy(OperationsIT.INBOX, work.resolve("inbox"));
        Path roster = inbox.resolve("2019-07/rosters/梅岭街_2019-07.csv");
        Files.writeString(roster, Files.readString(roster).replace("\"梅岭街\"", "\"汉正街\""));
        Path deaths = inbox.resolve("2019-07/reference/death.csv");
        Files.writeString(deaths, Files.readString(deaths, GB18030).replace("990402", "99O402"), GB18030);
        Path otherDistrict = OperationsIT.otherDistrictPolicy(work);
        try (Pipeline pipeline = new Pipeline(OperationsIT.database(database, work), work)) {
            String err = stderrOf(() -> assertThat(pipeline.run("run", "--inbox", inbox.toString(), "--policy",
                    inbox.resolve("policy.yml").toString())).isZero());
            assertThat(err).contains("reconcile: run 1 completed; 3 notices: files or months to look at (see 'status')");
            assertThat(notices(pipeline)).containsExactly("2019-07/rosters/渡口街_临时救助_2019-07.csv",
                    "2019-07/rosters/梅岭街_2019-07.csv", "2019-07/reference/death.csv");
            assertThat(pipeline.output("status")).contains("COMPLETED (3 notices)",
                    "notice: 2019-07/rosters/渡口街_临时救助_2019-07.csv: the file was rejected whole: missing column 身份证号",
                    "notice: 2019-07/rosters/梅岭街_2019-07.csv: 14 of its 15 rows were rejected, 14 as UNKNOWN_STREET (街道无法识别),"
                            + " such as '汉正街'",
                    "notice: 2019-07/reference/death.csv: 6 of its 6 rows were rejected, 6 as BAD_ID (身份证号无效)");
            assertThat(Files.readString(work.resolve("reconcile.prom")))
                    .contains("reconcile_run_exit_code 0.0", "reconcile_run_warnings 0.0", "reconcile_run_notices 3.0");
        }
        Path fresh = Files.createDirectories(work.resolve("fresh"));
        try (Pipeline pipeline = new Pipeline(OperationsIT.database(database, fresh), fresh)) {
            assertThat(pipeline.run("run", "--inbox", inbox.toString(), "--policy", otherDistrict.toString())).isZero();
            assertThat(notices(pipeline)).containsExactly("2019-07/rosters/渡口街_临时救助_2019-07.csv", "2019-06", "2019-07",
                    "2019-07/reference/death.csv");
            assertThat(pipeline.output("status")).contains("notice: 2019-06: most rows of every roster file (6) were rejected");
        }
    }

    private static List<String> notices(Pipeline pipeline) {
        return pipeline.context().getBean(JdbcTemplate.class)
                .queryForList("SELECT subject FROM run_warning WHERE notice = TRUE ORDER BY seq", String.class);
    }

    @ParameterizedTest(name = "one-line usage errors on {0}")
    @ValueSource(strings = {"h2", "mysql"})
    void usageErrorsAreOneLineWithExitCodeTwo(String database, @TempDir Path work) throws Exception {
        try (Pipeline pipeline = new Pipeline(OperationsIT.database(database, work), work)) {
            assertThat(pipeline.run(OperationsIT.RUN)).isZero();
            List<String[]> usage = List.of(
                    new String[] {"run", "--inbox", "input-samples", "--month", "2019-13"},
                    new String[] {"run", "--inbox", "input-samples", "--month", "201907"},
                    new String[] {"run", "--inbox", "input-samples", "--policy", "input-samples/policy.yml", "--month", "2019-01"},
                    new String[] {"run", "--inbox", work.resolve("no-inbox").toString()},
                    new String[] {"run", "--inbox", "", "--policy", "input-samples/policy.yml"},
                    new String[] {"export", "aggregates", "--month", "2019-07", "--format", "pdf"},
                    new String[] {"export", "payments", "--month", "2019-07"},
                    new String[] {"export", "aggregates", "--month", "2019-09"},
                    new String[] {"export", "flags", "--month", "2019-07", "--out", work.toString()},
                    new String[] {"simulate", "--month", "2019-07", "--policy", "input-samples/policy.yml", "--out", "/proc/no/s.csv"},
                    new String[] {"restart", "999"},
                    new String[] {"feedback", "--month", "2019-07", "--out", "/proc/no/fb"},
                    new String[] {"feedback", "--month", "2019-07", "--street", "不存在街"},
                    new String[] {"feedback", "--month", "2019-09"},
                    new String[] {"feedback", "--month", "2019-07", "--due", "2019-13-01"},
                    new String[] {"report", "--year", "2019", "--out", "input-samples/policy.yml"},
                    new String[] {"rerun-month", "2019-13"});
            for (String[] args : usage) {
                String err = stderrOf(() -> assertThat(pipeline.run(args)).as(String.join(" ", args)).isEqualTo(2));
                assertThat(err.strip().lines()).as(String.join(" ", args)).hasSize(1);
                assertThat(err).doesNotContain("Exception", "\tat ", "Usage:");
            }
            Path misnamed = Files.createDirectories(work.resolve("misnamed/0000-01/rosters"));
            Files.copy(OperationsIT.INBOX.resolve("2019-07/rosters/梅岭街_2019-07.csv"), misnamed.resolve("梅岭街.csv"));
            String err = stderrOf(() -> assertThat(pipeline.run("run", "--inbox", work.resolve("misnamed").toString(), "--policy",
                    "input-samples/policy.yml")).isEqualTo(2));
            assertThat(err).contains("no urban standard in force on 0000-01-01", "if the inbox's folder 0000-01 is misnamed");
            assertThat(pipeline.run("export", "flags", "--month", "2019-07", "--out", work.resolve("new/flags.csv").toString()))
                    .as("an --out folder is made").isZero();
            assertThat(work.resolve("new/flags.csv")).isNotEmptyFile();
            assertThat(pipeline.run("abandon", "--last")).as("a completed run is not abandoned").isEqualTo(4);
            assertThat(pipeline.run("rerun-month", "2019-01", "--policy", "input-samples/policy.yml")).as("nothing staged").isEqualTo(2);
            assertThat(pipeline.context().getBean(JdbcTemplate.class).queryForObject(
                    "SELECT COUNT(*) FROM run_audit WHERE rerun_month = '2019-01'", Integer.class)).as("no run made").isZero();
            Files.move(work.resolve("archive"), work.resolve("archive-away"));
            assertThat(pipeline.run("rerun-month", "2019-07", "--reread-rosters")).as("the archive is missing").isEqualTo(1);
            String partial = stderrOf(() -> assertThat(pipeline.run("export", "aggregates", "--month", "2019-07")).isEqualTo(2));
            assertThat(partial).contains("month 2019-07 is not closed: a run stopped or failed in it");
            for (String[] args : List.of(new String[] {"export", "flags", "--year", "2019"},
                    new String[] {"explain", "--month", "2019-07", "--street", "石桥街", "--program", "城市低保", "--household", "SQCS-006"},
                    new String[] {"feedback", "--month", "2019-07", "--out", work.resolve("fb").toString()},
                    new String[] {"simulate", "--month", "2019-07", "--policy", "input-samples/policy.yml"})) {
                assertThat(pipeline.run(args)).as("partial: " + String.join(" ", args)).isEqualTo(2);
            }
            assertThat(pipeline.run("export", "files", "--month", "2019-07", "--out", work.resolve("files.csv").toString()))
                    .as("the files' accounting helps find why").isZero();
            assertThat(pipeline.run("export", "aggregates", "--month", "2019-06", "--out", work.resolve("june.csv").toString()))
                    .as("another month, closed").isZero();
            assertThat(pipeline.run("abandon", "--last")).isZero();
            err = stderrOf(() -> assertThat(pipeline.run("restart", "--last")).isEqualTo(4));
            assertThat(err).contains("ABANDONED, only a FAILED or STOPPED run can be restarted").doesNotContain("JobParameters");
        }
    }

    @org.junit.jupiter.api.Test
    void scheduleRefusesAMissingInboxAtStart(@TempDir Path work) throws Exception {
        Path schedule = work.resolve("schedule.yml");
        Files.writeString(schedule, String.join("\n", "cron: \"0 0 2 * * *\"", "inbox: " + work.resolve("no-inbox"),
                "policy: " + OperationsIT.INBOX.resolve("policy.yml").toAbsolutePath(), "metrics_port: 0", ""));
        try (Pipeline pipeline = new Pipeline(Databases.h2(work), work)) {
            String err = stderrOf(() -> assertTimeoutPreemptively(Duration.ofSeconds(60),
                    () -> assertThat(pipeline.run("schedule", "--config", schedule.toString())).isEqualTo(2)));
            assertThat(err).contains("no-inbox is not a readable directory");
        }
    }

    static String stderrOf(Runnable command) {
        PrintStream old = System.err;
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        System.setErr(new PrintStream(buffer, true, StandardCharsets.UTF_8));
        try {
            command.run();
        } finally {
            System.setErr(old);
        }
        return buffer.toString(StandardCharsets.UTF_8);
    }
}
