package org.civilaffairs.reconcile.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.civilaffairs.reconcile.indicators.YearIndicators;
import org.civilaffairs.reconcile.policy.PolicyLoader;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * 应退尽退率 needs, for each month M of the year, M's flagged BASIC households and every head of M+1.
 * Those counts are kept with the closes of M and M+1 they were made for (`flagged_exit`), so a run
 * counts only the months closed since; a month closed again is counted again, also when only M is
 * (checked again under a new policy) and M+1 is not.
 */
class FlaggedExitsKeptTest {

    private static final Path SAMPLES_POLICY = Path.of("input-samples", "policy.yml");
    private static final String RATE = "SELECT indicator_value FROM indicator_value WHERE year = 2019 AND code = 'FLAGGED_EXIT_RATE'";

    @ParameterizedTest(name = "on {0}")
    @ValueSource(strings = {"h2", "mysql"})
    void aMonthClosedAgainIsCountedAgainAndOnlyThen(String database, @TempDir Path work) throws IOException {
        Path stricter = Files.writeString(work.resolve("stricter.yml"), Files.readString(SAMPLES_POLICY, StandardCharsets.UTF_8)
                .replace("deposit_limit_months: 24", "deposit_limit_months: 1"));
        Databases.onFresh(database, work, url -> {
            try (Pipeline pipeline = new Pipeline(url, work)) {
                JdbcTemplate jdbc = pipeline.context().getBean(JdbcTemplate.class);
                YearIndicators indicators = pipeline.context().getBean(YearIndicators.class);
                assertThat(pipeline.run(InputSamplesTest.RUN)).isZero();
                assertThat(kept(jdbc)).containsExactly("2019-06 for closes 1 and 1");
                String firstCount = counts(jdbc);

                // July closed under the stricter policy, then June alone checked again under it
                assertThat(pipeline.run("rerun-month", "2019-07", "--policy", stricter.toString())).isZero();
                assertThat(pipeline.run("run", "--inbox", "input-samples", "--policy", stricter.toString())).isZero();
                assertThat(jdbc.queryForList("SELECT closings FROM month_state ORDER BY month", Integer.class))
                        .as("June closed twice, July twice").containsExactly(2, 2);
                assertThat(kept(jdbc)).containsExactly("2019-06 for closes 2 and 2");
                assertThat(counts(jdbc)).as("June's flags under the stricter policy").isNotEqualTo(firstCount);
                BigDecimal rate = jdbc.queryForObject(RATE, BigDecimal.class);
                assertThat(rate).isNotNull();

                jdbc.update("DELETE FROM flagged_exit");
                indicators.recompute(PolicyLoader.load(stricter));
                assertThat(jdbc.queryForObject(RATE, BigDecimal.class)).as("the same as counted afresh").isEqualTo(rate);

                jdbc.update("UPDATE flagged_exit SET exited = 0");
                indicators.recompute(PolicyLoader.load(stricter));
                assertThat(jdbc.queryForObject(RATE, BigDecimal.class)).as("read as kept, not counted again").isZero();

                jdbc.update("UPDATE month_state SET closings = closings + 1 WHERE month = '2019-07'");
                indicators.recompute(PolicyLoader.load(stricter));
                assertThat(jdbc.queryForObject(RATE, BigDecimal.class)).as("M+1 closed since: counted again").isEqualTo(rate);
            }
        });
    }

    private static List<String> kept(JdbcTemplate jdbc) {
        return jdbc.query("SELECT month, closing, next_closing FROM flagged_exit",
                (rs, i) -> rs.getString(1) + " for closes " + rs.getInt(2) + " and " + rs.getInt(3));
    }

    private static String counts(JdbcTemplate jdbc) {
        return jdbc.queryForObject("SELECT flagged, exited FROM flagged_exit",
                (rs, i) -> rs.getInt(1) + " flagged, " + rs.getInt(2) + " exited");
    }
}
