package org.civilaffairs.reconcile.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.Map;
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
}
