package org.civilaffairs.reconcile.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.jdbc.core.JdbcTemplate;

/** The operator's commands that need no live process: rerun-month, abandon, purge. On H2 and MySQL/MariaDB. */
class OperatorCommandsTest {

    @ParameterizedTest(name = "rerun-month, abandon and purge on {0}")
    @ValueSource(strings = {"h2", "mysql"})
    void rerunMonthAbandonAndPurge(String database, @TempDir Path work) throws Exception {
        Path fixedPolicy = work.resolve("policy-fixed.yml");
        Files.writeString(fixedPolicy, Files.readString(OperationsIT.INBOX.resolve("policy.yml"), StandardCharsets.UTF_8)
                .replace("amount: 740}", "amount: 900}"), StandardCharsets.UTF_8);
        String url = OperationsIT.database(database, work);
        try (Pipeline pipeline = new Pipeline(url, work)) {
            JdbcTemplate jdbc = pipeline.context().getBean(JdbcTemplate.class);
            assertThat(pipeline.run(OperationsIT.RUN)).isZero();
            int files = jdbc.queryForObject("SELECT COUNT(*) FROM inbox_file", Integer.class);
            String before = pipeline.output("export", "aggregates", "--month", "2019-07");

            assertThat(pipeline.run("rerun-month", "2019-07", "--policy", fixedPolicy.toString())).isZero();
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM inbox_file", Integer.class)).as("nothing re-ingested").isEqualTo(files);
            String after = pipeline.output("export", "aggregates", "--month", "2019-07");
            assertThat(after).isNotEqualTo(before).isEqualTo(freshRun(database, work.resolve("fresh"), fixedPolicy));

            assertThat(pipeline.run("rerun-month", "2019-01", "--policy", fixedPolicy.toString())).as("nothing staged").isEqualTo(2);
            Files.move(work.resolve("archive"), work.resolve("archive-away"));
            assertThat(pipeline.run("rerun-month", "2019-07", "--reread-rosters")).as("the archive is missing").isEqualTo(1);
            assertThat(pipeline.run("abandon", "--last")).isZero();
            assertThat(pipeline.output("status", "--limit", "1")).contains("ABANDONED");
            assertThat(pipeline.run("status", "--limit", "0")).as("no runs to show is a mistake").isEqualTo(2);
            assertThat(pipeline.run("restart", "--last")).isNotZero();

            assertThat(pipeline.run("purge", "--older-than", "0m")).isZero();
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM BATCH_JOB_INSTANCE", Integer.class)).as("the latest run is kept").isOne();
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM run_audit", Integer.class)).as("the audit trail is kept").isEqualTo(3);
        }
    }

    private static String freshRun(String database, Path work, Path policy) throws Exception {
        Files.createDirectories(work);
        try (Pipeline fresh = new Pipeline(OperationsIT.database(database, work), work)) {
            assertThat(fresh.run("run", "--inbox", OperationsIT.INBOX.toString(), "--policy", policy.toString())).isZero();
            return fresh.output("export", "aggregates", "--month", "2019-07");
        }
    }
}
