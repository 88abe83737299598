package org.civilaffairs.reconcile.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every query of {@code sql/example_queries.sql} on the sample inbox: on MySQL/MariaDB as the analyst
 * role of {@code roles-mysql.sql}, on H2 as the application's user. Each returns rows, with exactly
 * the columns its "列:" comment promises.
 */
class ExampleQueriesTest {

    private static final Pattern QUERY = Pattern.compile("-- 列: ([^\\n]+)\\n(?:--[^\\n]*\\n)*(SELECT[^;]+);");

    record Example(List<String> columns, String sql) {
    }

    @ParameterizedTest(name = "example queries on {0}")
    @ValueSource(strings = {"h2", "mysql"})
    void everyExampleQueryAnswersOnTheSampleInbox(String database, @TempDir Path work) throws Exception {
        List<Example> examples = examples();
        assertThat(examples).hasSizeGreaterThanOrEqualTo(8);
        Databases.onFresh(database, work, url -> {
            try (Pipeline pipeline = new Pipeline(url, work)) {
                assertThat(pipeline.run(OperationsIT.RUN)).isZero();
                if (database.equals("h2")) {
                    try (Connection c = pipeline.context().getBean(DataSource.class).getConnection()) {
                        runAll(c, examples);
                    }
                } else {
                    try (AnalystAccount account = new AnalystAccount(url); Connection c = account.connect(account.analystRole)) {
                        runAll(c, examples);
                    }
                }
            }
        });
    }

    /** The queries of the file, each with the columns its comment lists; no query may be left out by the pattern. */
    static List<Example> examples() throws IOException {
        String file = Files.readString(Path.of("sql", "example_queries.sql"), StandardCharsets.UTF_8);
        List<Example> examples = new ArrayList<>();
        Matcher m = QUERY.matcher(file);
        while (m.find()) {
            examples.add(new Example(Arrays.stream(m.group(1).split(",")).map(String::trim).toList(), m.group(2)));
        }
        assertThat(examples).as("every statement has a 列: comment").hasSize(AnalystAccount.statements(file).length);
        return examples;
    }

    private static void runAll(Connection c, List<Example> examples) throws SQLException {
        try (Statement s = c.createStatement()) {
            for (Example e : examples) {
                try (ResultSet rs = s.executeQuery(e.sql())) {
                    ResultSetMetaData meta = rs.getMetaData();
                    List<String> columns = new ArrayList<>();
                    for (int i = 1; i <= meta.getColumnCount(); i++) {
                        columns.add(meta.getColumnLabel(i).toLowerCase(Locale.ROOT));
                    }
                    assertThat(columns).as(e.sql()).isEqualTo(e.columns());
                    assertThat(rs.next()).as("rows of " + e.sql()).isTrue();
                }
            }
        }
    }
}
