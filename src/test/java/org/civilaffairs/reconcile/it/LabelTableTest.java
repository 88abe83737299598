package org.civilaffairs.reconcile.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.civilaffairs.reconcile.labels.Labels;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The label table holds exactly {@link Labels}, on H2 and MySQL/MariaDB; a database migrated under
 * other labels (an older version of the code) gets the current ones at the next start.
 */
class LabelTableTest {

    @ParameterizedTest(name = "label table on {0}")
    @ValueSource(strings = {"h2", "mysql"})
    void theLabelTableFollowsTheCode(String database, @TempDir Path work) {
        Databases.onFresh(database, work, url -> {
            try (Pipeline pipeline = new Pipeline(url, work)) {
                JdbcTemplate jdbc = pipeline.context().getBean(JdbcTemplate.class);
                assertThat(rows(jdbc)).isEqualTo(expected());
                // what an older version of the code would have left behind: another wording, another checksum
                jdbc.update("UPDATE code_label SET label = '城镇低保' WHERE kind = 'PROGRAM' AND code = 'URBAN_DIBAO'");
                jdbc.update("DELETE FROM code_label WHERE kind = 'FLAG' AND code = 'VEHICLE'");
                String q = database.equals("h2") ? "\"" : "`"; // Flyway's own table is lower case on both
                assertThat(jdbc.update("UPDATE " + q + "flyway_schema_history" + q + " SET " + q + "checksum" + q + " = 1 WHERE "
                        + q + "script" + q + " LIKE '%R__code_labels'"))
                        .isEqualTo(1);
            }
            try (Pipeline pipeline = new Pipeline(url, work)) {
                JdbcTemplate jdbc = pipeline.context().getBean(JdbcTemplate.class);
                assertThat(rows(jdbc)).isEqualTo(expected());
                assertThat(jdbc.queryForObject("SELECT 救助类别 FROM v_label_program WHERE 代码 = 'URBAN_DIBAO'", String.class))
                        .isEqualTo("城市低保");
            }
        });
    }

    private static List<String> rows(JdbcTemplate jdbc) {
        return jdbc.query("SELECT kind, code, label, hint FROM code_label ORDER BY kind, position",
                (rs, i) -> String.join("|", rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)));
    }

    private static List<String> expected() {
        return Labels.all().stream().sorted((a, b) -> a.kind().name().compareTo(b.kind().name()))
                .map(l -> String.join("|", l.kind().name(), l.code(), l.label(), l.hint())).collect(Collectors.toList());
    }
}
