package org.civilaffairs.reconcile.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The households resolve counts beside its rows' outcomes (what the check and aggregate
 * partitioners weigh streets by) are the household table's, street, program and file alike; and
 * the migration that added the count derives the same from the households of months resolved before it.
 */
class HouseholdCountsTest {

    private static final String COUNTED = "SELECT month, street, program, file_id, households FROM resolve_count"
            + " WHERE households > 0 ORDER BY month, street, program, file_id";
    private static final String TABLE = "SELECT month, street, program, file_id, COUNT(*) AS households FROM household"
            + " GROUP BY month, street, program, file_id ORDER BY month, street, program, file_id";

    @ParameterizedTest(name = "on {0}")
    @ValueSource(strings = {"h2", "mysql"})
    void resolveCountsTheHouseholdsItWrites(String database, @TempDir Path work) {
        Databases.onFresh(database, work, url -> {
            try (Pipeline pipeline = new Pipeline(url, work)) {
                assertThat(pipeline.runExample(ExamplesTest.EXAMPLES.resolve("another-city"))).isZero();
                JdbcTemplate jdbc = pipeline.context().getBean(JdbcTemplate.class);
                List<Map<String, Object>> households = normalized(jdbc.queryForList(TABLE));
                assertThat(households).hasSizeGreaterThan(10);
                assertThat(normalized(jdbc.queryForList(COUNTED))).isEqualTo(households);

                jdbc.update("UPDATE resolve_count SET households = 0");
                jdbc.update(backfill());
                assertThat(normalized(jdbc.queryForList(COUNTED))).isEqualTo(households);
            }
        });
    }

    /** The migration's statement that counts the households of months resolved before it. */
    private static String backfill() throws IOException {
        try (InputStream in = HouseholdCountsTest.class.getResourceAsStream("/db/migration/V26__household_counts.sql")) {
            String sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return sql.substring(sql.indexOf("UPDATE"), sql.lastIndexOf(';'));
        }
    }

    /** Column names in lower case and counts as longs: H2 and MariaDB name and type them differently. */
    private static List<Map<String, Object>> normalized(List<Map<String, Object>> rows) {
        return rows.stream().map(r -> Map.<String, Object>of("month", r.get("month"), "street", r.get("street"),
                "program", r.get("program"), "file_id", ((Number) r.get("file_id")).longValue(),
                "households", ((Number) r.get("households")).longValue())).toList();
    }
}
