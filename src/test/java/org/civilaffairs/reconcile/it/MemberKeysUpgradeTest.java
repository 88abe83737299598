package org.civilaffairs.reconcile.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A database of the release before {@code household.member_keys} (schema 18, one row per member in
 * {@code household_member}) upgrades at the next start: the column is there, the member table gone,
 * and every closed month waits to be resolved again, which writes the column.
 */
class MemberKeysUpgradeTest {

    @ParameterizedTest(name = "upgrade on {0}")
    @ValueSource(strings = {"h2", "mysql"})
    void closedMonthsAreResolvedAgainIntoTheNewColumn(String database, @TempDir Path work) {
        Databases.onFresh(database, work, url -> {
            try (Pipeline before = new Pipeline(url, work, "--spring.flyway.target=18")) {
                JdbcTemplate jdbc = before.context().getBean(JdbcTemplate.class);
                jdbc.update("INSERT INTO month_state (month, stage) VALUES ('2024-05', 5)");
                jdbc.update("INSERT INTO household_member (month, street, program, household_id, person_key)"
                        + " VALUES ('2024-05', '一元街', 'URBAN_DIBAO', 'CS000001', '420104199001011234')");
            }
            try (Pipeline after = new Pipeline(url, work)) {
                JdbcTemplate jdbc = after.context().getBean(JdbcTemplate.class);
                assertThat(jdbc.queryForObject("SELECT stage FROM month_state WHERE month = '2024-05'", Integer.class)).isZero();
                assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM information_schema.columns WHERE LOWER(table_name) = 'household'"
                        + " AND LOWER(column_name) = 'member_keys'" + schemaOf(url), Integer.class)).isEqualTo(1);
                assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM information_schema.tables WHERE LOWER(table_name) = 'household_member'"
                        + schemaOf(url), Integer.class)).isZero();
            }
        });
    }

    private static String schemaOf(String url) {
        return url.startsWith("jdbc:h2") ? "" : " AND table_schema = '" + url.substring(url.lastIndexOf('/') + 1) + "'";
    }
}
