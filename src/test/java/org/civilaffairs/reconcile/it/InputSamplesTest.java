package org.civilaffairs.reconcile.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.jdbc.core.JdbcTemplate;

/** The README's first command, on H2 and on MySQL/MariaDB: every row accounted for, a second run changes nothing. */
class InputSamplesTest {

    @ParameterizedTest(name = "input-samples on {0}")
    @ValueSource(strings = {"h2", "mysql"})
    void everyRowIsAccountedForAndRerunIsANoOp(String database, @TempDir Path work) {
        String url = database.equals("h2") ? Databases.h2(work) : Databases.freshMysql();
        try (Pipeline pipeline = new Pipeline(url, work)) {
            String[] run = {"run", "--inbox", "input-samples", "--policy", "input-samples/policy.yml"};
            assertThat(pipeline.run(run)).isZero();
            JdbcTemplate jdbc = pipeline.context().getBean(JdbcTemplate.class);
            List<Map<String, Object>> files = jdbc.queryForList("SELECT * FROM inbox_file");
            assertThat(files).isNotEmpty();
            for (Map<String, Object> f : files) {
                long read = ((Number) f.get("rows_read")).longValue();
                long accounted = ((Number) f.get("rows_loaded")).longValue() + ((Number) f.get("rows_rejected")).longValue()
                        + ((Number) f.get("rows_collapsed")).longValue();
                assertThat(accounted).as("accounting of " + f.get("file_name")).isEqualTo(read);
            }
            assertThat(jdbc.queryForList("SELECT DISTINCT reason FROM roster_row WHERE outcome = 'REJECTED'", String.class))
                    .contains("NO_HEAD", "BAD_AMOUNT", "UNKNOWN_STREET");
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM household WHERE flags IS NOT NULL", Integer.class)).isPositive();
            String before = pipeline.output("export", "aggregates", "--year", "2017");

            assertThat(pipeline.run(run)).isZero();
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM inbox_file", Integer.class)).isEqualTo(files.size());
            assertThat(pipeline.output("export", "aggregates", "--year", "2017")).isEqualTo(before);
        } finally {
            if (!database.equals("h2")) {
                Databases.dropMysql(url);
            }
        }
    }
}
