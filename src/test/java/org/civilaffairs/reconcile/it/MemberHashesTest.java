package org.civilaffairs.reconcile.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.civilaffairs.reconcile.identity.MonthResolution;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The month's close finds the persons enrolled more than once from the member hashes resolve
 * wrote, and reads the households of a street that has none (resolved by a release before them):
 * either way it files the same enrollments.
 */
class MemberHashesTest {

    private static final Path INBOX = ExamplesTest.EXAMPLES.resolve("public").resolve("inbox");

    @ParameterizedTest(name = "on {0}")
    @ValueSource(strings = {"h2", "mysql"})
    void aStreetWithoutHashesIsReadFromItsHouseholds(String database, @TempDir Path work) {
        Databases.onFresh(database, work, url -> {
            try (Pipeline pipeline = new Pipeline(url, work)) {
                assertThat(pipeline.run("run", "--inbox", INBOX.toString(), "--policy",
                        INBOX.resolveSibling("policy.yml").toString())).isZero();
                JdbcTemplate jdbc = pipeline.context().getBean(JdbcTemplate.class);
                String month = jdbc.queryForObject("SELECT MAX(month) FROM street_member_hashes", String.class);
                List<Map<String, Object>> filed = enrollments(jdbc, month);
                assertThat(filed).isNotEmpty();
                assertThat(jdbc.queryForObject("SELECT COUNT(DISTINCT street) FROM street_member_hashes WHERE month = ?",
                        Integer.class, month)).isEqualTo(jdbc.queryForObject("SELECT COUNT(DISTINCT street) FROM resolve_count"
                        + " WHERE month = ?", Integer.class, month));

                String street = (String) filed.get(0).get("street");
                jdbc.update("DELETE FROM street_member_hashes WHERE month = ? AND street <> ?", month, street);
                pipeline.context().getBean(MonthResolution.class).close(YearMonth.parse(month));
                assertThat(enrollments(jdbc, month)).isEqualTo(filed);

                jdbc.update("DELETE FROM street_member_hashes WHERE month = ?", month);
                pipeline.context().getBean(MonthResolution.class).close(YearMonth.parse(month));
                assertThat(enrollments(jdbc, month)).isEqualTo(filed);
            }
        });
    }

    private static List<Map<String, Object>> enrollments(JdbcTemplate jdbc, String month) {
        return jdbc.queryForList("SELECT street, person_key, enrolled_street, program, household_id FROM"
                + " shared_enrollment_by_street WHERE month = ? ORDER BY street, person_key, enrolled_street, program,"
                + " household_id", month);
    }
}
