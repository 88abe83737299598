package org.civilaffairs.reconcile.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.civilaffairs.reconcile.ingest.StreetOffices;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What the run writes beside the rows, for later reads to take instead of the rows, is what the
 * rows give; and the migration that added each derives the same from the rows of months before it:
 * <ul>
 * <li>the households resolve counts beside its rows' outcomes (what the check and aggregate
 * partitioners weigh streets by) are the household table's, street, program and file alike;
 * <li>the street offices of a month, read from the streets ingest lists for each roster file with
 * their known mark, are the files whose staged rows name exactly one known street.
 * </ul>
 */
class StoredSummariesTest {

    private static final String COUNTED = "SELECT month, street, program, file_id, households FROM resolve_count"
            + " WHERE households > 0 ORDER BY month, street, program, file_id";
    private static final String TABLE = "SELECT month, street, program, file_id, COUNT(*) AS households FROM household"
            + " GROUP BY month, street, program, file_id ORDER BY month, street, program, file_id";
    /** The offices as the staged rows have them, row by row. */
    private static final String OFFICES_OF_ROWS = "SELECT MIN(r.street) FROM inbox_file f JOIN roster_row r ON r.file_id = f.id"
            + " WHERE f.month = ? AND f.kind = 'roster' AND f.status = 'LOADED' AND r.street_known = TRUE"
            + " GROUP BY f.id HAVING COUNT(DISTINCT r.street) = 1";
    private static final String KNOWN_MARKS = "SELECT file_id, street, street_known FROM roster_file_street ORDER BY file_id, street";

    @ParameterizedTest(name = "on {0}")
    @ValueSource(strings = {"h2", "mysql"})
    void summariesAreThoseOfTheRows(String database, @TempDir Path work) {
        Databases.onFresh(database, work, url -> {
            try (Pipeline pipeline = new Pipeline(url, work)) {
                assertThat(pipeline.runExample(ExamplesTest.EXAMPLES.resolve("another-city"))).isZero();
                JdbcTemplate jdbc = pipeline.context().getBean(JdbcTemplate.class);
                householdCounts(jdbc);
                streetOffices(jdbc, pipeline.context().getBean(StreetOffices.class));
            }
        });
    }

    private static void householdCounts(JdbcTemplate jdbc) {
        List<Map<String, Object>> households = normalized(jdbc.queryForList(TABLE));
        assertThat(households).hasSizeGreaterThan(10);
        assertThat(normalized(jdbc.queryForList(COUNTED))).isEqualTo(households);

        jdbc.update("UPDATE resolve_count SET households = 0");
        jdbc.update(backfill("V26__household_counts.sql"));
        assertThat(normalized(jdbc.queryForList(COUNTED))).isEqualTo(households);
    }

    private static void streetOffices(JdbcTemplate jdbc, StreetOffices offices) {
        List<String> months = jdbc.queryForList("SELECT DISTINCT month FROM inbox_file WHERE kind = 'roster' ORDER BY month",
                String.class);
        assertThat(months).hasSizeGreaterThan(1);
        for (String month : months) {
            TreeSet<String> expected = new TreeSet<>(jdbc.queryForList(OFFICES_OF_ROWS, String.class, month));
            assertThat(expected).as(month).isNotEmpty();
            assertThat(offices.offices(YearMonth.parse(month))).as(month).isEqualTo(expected);
        }
        List<Map<String, Object>> marks = jdbc.queryForList(KNOWN_MARKS);
        assertThat(marks).as("a street written as no known street").anyMatch(m -> !(Boolean) m.get("street_known"));

        jdbc.update("UPDATE roster_file_street SET street_known = FALSE");
        jdbc.update(backfill("V27__known_streets_of_files.sql"));
        assertThat(jdbc.queryForList(KNOWN_MARKS)).isEqualTo(marks);
    }

    /** The migration's one UPDATE statement, which derives its column for what was written before it. */
    private static String backfill(String migration) {
        try (InputStream in = StoredSummariesTest.class.getResourceAsStream("/db/migration/" + migration)) {
            String sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return sql.substring(sql.indexOf("UPDATE"), sql.lastIndexOf(';'));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Column names in lower case and counts as longs: H2 and MariaDB name and type them differently. */
    private static List<Map<String, Object>> normalized(List<Map<String, Object>> rows) {
        return rows.stream().map(r -> Map.<String, Object>of("month", r.get("month"), "street", r.get("street"),
                "program", r.get("program"), "file_id", ((Number) r.get("file_id")).longValue(),
                "households", ((Number) r.get("households")).longValue())).toList();
    }
}
