package org.civilaffairs.reconcile.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * {@code purge} deletes what runs derived from the files of months closed before its cut-off
 * ({@code extract/<month>/}), and no other month's; those months closed again afterwards, read from
 * the archived inbox files and the database instead, export exactly what they did.
 */
class DerivedFilesPurgeTest {

    private static final Path INBOX = Path.of("input-samples");

    @ParameterizedTest(name = "on {0}")
    @ValueSource(strings = {"h2", "mysql"})
    void monthsClosedBeforeTheCutOffLoseTheirDerivedFilesAndCloseAgainToTheSameExports(String database, @TempDir Path work) {
        Path extracts = work.resolve("archive").resolve("extract");
        Databases.onFresh(database, work, url -> {
            try (Pipeline pipeline = new Pipeline(url, work)) {
                JdbcTemplate jdbc = pipeline.context().getBean(JdbcTemplate.class);
                assertThat(pipeline.run(InputSamplesTest.RUN)).isZero();
                Map<String, String> exports = pipeline.exportsOf(INBOX);
                assertThat(extracts.resolve("2019-06")).isDirectory();
                assertThat(extracts.resolve("2019-07")).isDirectory();

                jdbc.update("UPDATE month_state SET closed_at = ? WHERE month = '2019-06'",
                        Timestamp.valueOf(LocalDateTime.now().minusDays(200)));
                assertThat(pipeline.run("purge", "--older-than", "180d")).isZero();
                assertThat(extracts.resolve("2019-06")).doesNotExist();
                assertThat(extracts.resolve("2019-07")).as("closed since the cut-off").isDirectory();

                assertThat(pipeline.run("rerun-month", "2019-06")).isZero();
                assertThat(pipeline.exportsOf(INBOX)).isEqualTo(exports);
                // MySQL keeps closed_at in whole seconds, so a close of the last second may count as later than now
                jdbc.update("UPDATE month_state SET closed_at = ?", Timestamp.valueOf(LocalDateTime.now().minusDays(200)));
                assertThat(pipeline.run("purge", "--older-than", "180d")).isZero();
                assertThat(extracts).isEmptyDirectory();
                assertThat(pipeline.run("rerun-month", "2019-07")).isZero();
                assertThat(pipeline.exportsOf(INBOX)).isEqualTo(exports);
            }
        });
    }

    /** A month's folder the purge cannot delete keeps no other month's: it deletes those, then names the refused one (exit 1). */
    @Test
    void aMonthItCannotDeleteIsNamedAfterTheOthersAreDeleted(@TempDir Path work) throws Exception {
        Path extracts = work.resolve("archive").resolve("extract");
        Path held = extracts.resolve("2019-06").resolve("held");
        try (Pipeline pipeline = new Pipeline(Databases.h2(work), work)) {
            assertThat(pipeline.run(InputSamplesTest.RUN)).isZero();
            Files.createDirectories(held);
            Files.writeString(held.resolve("a.bin"), "x");
            assumeTrue(ScheduleTest.immutable(held, true), "chattr +i, which makes a folder undeletable even for root, is not available");
            try {
                pipeline.context().getBean(JdbcTemplate.class).update("UPDATE month_state SET closed_at = ?",
                        Timestamp.valueOf(LocalDateTime.now().minusDays(200)));
                String err = RunWarningsTest.stderrOf(() -> assertThat(pipeline.run("purge", "--older-than", "180d")).isEqualTo(1));
                assertThat(extracts.resolve("2019-07")).as("deleted though 2019-06 was refused before it").doesNotExist();
                assertThat(err).contains("reconcile purge: deleted the derived files of 1 month(s) closed before ")
                        .contains(": 2019-07\n")
                        .contains("reconcile purge: cannot delete the derived files of 2019-06 under ")
                        .contains("/extract: let the user the purge runs as delete them, or delete them by hand (")
                        .contains("held/a.bin: Operation not permitted)");
            } finally {
                ScheduleTest.immutable(held, false);
            }
        }
    }
}
