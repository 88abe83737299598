package org.civilaffairs.reconcile.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import org.civilaffairs.reconcile.ingest.StagedRowId;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.jdbc.core.JdbcTemplate;

/** A database of an earlier release, with data, upgrades at the next start. */
class SchemaUpgradeTest {

    /**
     * Before {@code household.member_keys} (schema 18, one row per member in {@code household_member}):
     * the column is there, the member table gone, and every closed month waits to be resolved again,
     * which writes the column.
     */
    @ParameterizedTest(name = "upgrade on {0}")
    @ValueSource(strings = {"h2", "mysql"})
    void closedMonthsAreResolvedAgainIntoTheNewColumn(String database, @TempDir Path work) {
        upgrade(database, work, 18, jdbc -> {
            jdbc.update("INSERT INTO month_state (month, stage) VALUES ('2024-05', 5)");
            jdbc.update("INSERT INTO household_member (month, street, program, household_id, person_key)"
                    + " VALUES ('2024-05', '一元街', 'URBAN_DIBAO', 'CS000001', '420104199001011234')");
        }, (jdbc, schema) -> {
            assertThat(jdbc.queryForObject("SELECT stage FROM month_state WHERE month = '2024-05'", Integer.class)).isZero();
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM information_schema.columns WHERE LOWER(table_name) = 'household'"
                    + " AND LOWER(column_name) = 'member_keys'" + schema.apply("table_schema"), Integer.class)).isEqualTo(1);
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM information_schema.tables WHERE LOWER(table_name) = 'household_member'"
                    + schema.apply("table_schema"), Integer.class)).isZero();
        });
    }

    /** Before {@code roster_row.row_id} (schema 27, keyed by file and line): each row gets its key, the only one. */
    @ParameterizedTest(name = "upgrade on {0}")
    @ValueSource(strings = {"h2", "mysql"})
    void stagedRowsAreKeyedByFileAndLine(String database, @TempDir Path work) {
        upgrade(database, work, 27, jdbc -> {
            for (long[] row : new long[][] {{7, 2}, {7, 3}, {12, 2}}) {
                jdbc.update("INSERT INTO roster_row (file_id, line_no, month, street, street_known, program, program_known,"
                        + " household_id, name, id_number, is_head) VALUES (?, ?, '2024-05', '一元街', TRUE, 'URBAN_DIBAO',"
                        + " TRUE, 'CS000001', '张三', '420104199001011234', TRUE)", row[0], row[1]);
            }
        }, (jdbc, schema) -> {
            assertThat(jdbc.queryForList("SELECT row_id FROM roster_row ORDER BY row_id", Long.class)).containsExactly(
                    StagedRowId.of(7, 2), StagedRowId.of(7, 3), StagedRowId.of(12, 2));
            assertThat(jdbc.queryForList("SELECT LOWER(k.column_name) FROM information_schema.table_constraints t"
                    + " JOIN information_schema.key_column_usage k ON k.constraint_name = t.constraint_name"
                    + " AND k.table_schema = t.table_schema AND k.table_name = t.table_name"
                    + " WHERE t.constraint_type = 'PRIMARY KEY' AND LOWER(t.table_name) = 'roster_row'"
                    + schema.apply("t.table_schema"), String.class)).containsExactly("row_id");
        });
    }

    /**
     * Fills a fresh database at {@code schema} with {@code before}, then starts the release on it and
     * checks it with {@code after}, given the condition on a schema column that keeps MariaDB's
     * information schema to the test's own database.
     */
    private static void upgrade(String database, Path work, int schema, Consumer<JdbcTemplate> before,
                                BiConsumer<JdbcTemplate, UnaryOperator<String>> after) {
        Databases.onFresh(database, work, url -> {
            try (Pipeline earlier = new Pipeline(url, work, "--spring.flyway.target=" + schema)) {
                before.accept(earlier.context().getBean(JdbcTemplate.class));
            }
            try (Pipeline now = new Pipeline(url, work)) {
                after.accept(now.context().getBean(JdbcTemplate.class), column -> url.startsWith("jdbc:h2") ? ""
                        : " AND " + column + " = '" + url.substring(url.lastIndexOf('/') + 1) + "'");
            }
        });
    }
}
