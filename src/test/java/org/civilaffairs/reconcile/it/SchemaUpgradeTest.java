package org.civilaffairs.reconcile.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
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
        upgrade(database, work, 18, (jdbc, schema) -> {
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

    /**
     * Before {@code roster_row.row_id} (schema 27, keyed by file and line): each row gets its key,
     * the only one, and every other column stays as it was declared.
     */
    @ParameterizedTest(name = "upgrade on {0}")
    @ValueSource(strings = {"h2", "mysql"})
    void stagedRowsAreKeyedByFileAndLine(String database, @TempDir Path work) {
        List<String> columns = new ArrayList<>();
        upgrade(database, work, 27, (jdbc, schema) -> {
            columns.addAll(columnsOfStagedRows(jdbc, schema));
            for (long[] row : new long[][] {{7, 2}, {7, 3}, {12, 2}}) {
                jdbc.update("INSERT INTO roster_row (file_id, line_no, month, street, street_known, program, program_known,"
                        + " household_id, name, id_number, is_head) VALUES (?, ?, '2024-05', '一元街', TRUE, 'URBAN_DIBAO',"
                        + " TRUE, 'CS000001', '张三', '420104199001011234', TRUE)", row[0], row[1]);
            }
        }, (jdbc, schema) -> {
            List<String> now = columnsOfStagedRows(jdbc, schema);
            assertThat(now).filteredOn(c -> !c.startsWith("row_id ")).containsExactlyInAnyOrderElementsOf(columns);
            assertThat(now).filteredOn(c -> c.startsWith("row_id ")).singleElement().asString().startsWith("row_id bigint ")
                    .contains(" NO ");
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
     * Before closes were counted (schema 31): the suspects computed for a month's latest close count
     * as computed for it, those of an earlier close do not (that month is linked again).
     */
    @ParameterizedTest(name = "upgrade on {0}")
    @ValueSource(strings = {"h2", "mysql"})
    void suspectsOfTheLatestCloseStayCurrent(String database, @TempDir Path work) {
        upgrade(database, work, 31, (jdbc, schema) -> {
            jdbc.update("INSERT INTO month_state (month, stage, closed_at) VALUES ('2024-05', 3, TIMESTAMP '2024-06-03 02:10:00'),"
                    + " ('2024-06', 3, TIMESTAMP '2024-07-02 02:10:00')");
            jdbc.update("INSERT INTO linkage_month (month, closed_at) VALUES ('2024-05', TIMESTAMP '2024-06-03 02:10:00'),"
                    + " ('2024-06', TIMESTAMP '2024-07-01 02:10:00')");
        }, (jdbc, schema) -> assertThat(jdbc.query("SELECT month, closing FROM linkage_month ORDER BY month",
                (rs, i) -> rs.getString(1) + " " + rs.getObject(2))).containsExactly("2024-05 0", "2024-06 null"));
    }

    /** Each column of the staged rows' table: name, type, length or precision, nullable, default (either database). */
    private static List<String> columnsOfStagedRows(JdbcTemplate jdbc, UnaryOperator<String> schema) {
        return jdbc.query("SELECT LOWER(column_name), LOWER(data_type), COALESCE(character_maximum_length, numeric_precision),"
                + " is_nullable, column_default FROM information_schema.columns WHERE LOWER(table_name) = 'roster_row'"
                + schema.apply("table_schema"), (rs, i) -> String.join(" ", rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getString(4), String.valueOf(rs.getString(5))));
    }

    /**
     * Fills a fresh database at {@code schema} with {@code before}, then starts the release on it and
     * checks it with {@code after}; both are given the condition on a schema column that keeps
     * MariaDB's information schema to the test's own database.
     */
    private static void upgrade(String database, Path work, int schema, BiConsumer<JdbcTemplate, UnaryOperator<String>> before,
                                BiConsumer<JdbcTemplate, UnaryOperator<String>> after) {
        Databases.onFresh(database, work, url -> {
            UnaryOperator<String> ownSchema = column -> url.startsWith("jdbc:h2") ? ""
                    : " AND " + column + " = '" + url.substring(url.lastIndexOf('/') + 1) + "'";
            try (Pipeline earlier = new Pipeline(url, work, "--spring.flyway.target=" + schema)) {
                before.accept(earlier.context().getBean(JdbcTemplate.class), ownSchema);
            }
            try (Pipeline now = new Pipeline(url, work)) {
                after.accept(now.context().getBean(JdbcTemplate.class), ownSchema);
            }
        });
    }
}
