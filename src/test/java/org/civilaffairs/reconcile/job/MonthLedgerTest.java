package org.civilaffairs.reconcile.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.civilaffairs.reconcile.it.Databases;
import org.civilaffairs.reconcile.it.Pipeline;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The dirty-month rules of {@link MonthLedger} in SQL, on H2 and MySQL/MariaDB. Four months
 * 2019-05..2019-08 start as {@code stages} (0 resolve, 1 check, 2 aggregate, 3 closed), each closed
 * under policy P; after the action they must stand at {@code expected}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MonthLedgerTest {

    private static final List<String> MONTHS = List.of("2019-05", "2019-06", "2019-07", "2019-08");

    @TempDir
    Path work;
    private final Map<String, Pipeline> pipelines = new HashMap<>();
    private String mysqlUrl;

    static Stream<Arguments> cases() {
        String[][] table = {
                // action, stages before, stages after
                {"roster 2019-06", "3 3 3 3", "3 0 3 3"},
                {"reference 2019-06", "3 3 3 3", "3 0 0 0"},
                {"roster 2019-09", "3 3 3 3", "3 3 3 3 0"},
                {"reference 2019-04", "3 3 3 3", "0 0 0 0 0"},
                {"reopen 2019-07 2", "3 3 3 3", "3 3 2 3"},
                {"reopen 2019-07 2", "3 3 1 3", "3 3 1 3"},
                {"reopen 2019-09 2", "3 3 3 3", "3 3 3 3"},
                {"policy P", "3 3 3 3", "3 3 3 3"},
                {"policy Q", "3 3 3 3", "1 1 1 1"},
                {"policy Q", "0 1 2 3", "0 1 1 1"},
                {"advance 2019-06 2 Q", "3 1 3 3", "3 2 3 3"},
                {"advance 2019-06 3 Q", "3 2 3 3", "3 3 3 3"}};
        return Stream.of("h2", "mysql").flatMap(db -> Stream.of(table).map(r -> Arguments.of(db, r[0], r[1], r[2])));
    }

    @ParameterizedTest(name = "{0}: {1} on {2}")
    @MethodSource("cases")
    void newInputReopensWhatItInvalidates(String database, String action, String before, String expected) {
        Pipeline pipeline = pipeline(database);
        JdbcTemplate jdbc = pipeline.context().getBean(JdbcTemplate.class);
        MonthLedger ledger = pipeline.context().getBean(MonthLedger.class);
        jdbc.update("DELETE FROM month_state");
        String[] stages = before.split(" ");
        for (int i = 0; i < stages.length; i++) {
            jdbc.update("INSERT INTO month_state (month, stage, policy_sha) VALUES (?, ?, 'P')", MONTHS.get(i), Integer.parseInt(stages[i]));
        }
        String[] a = action.split(" ");
        switch (a[0]) {
            case "roster", "reference" -> ledger.newInput(YearMonth.parse(a[1]), a[0].equals("roster"));
            case "reopen" -> ledger.reopen(YearMonth.parse(a[1]), Integer.parseInt(a[2]));
            case "policy" -> ledger.reopenOtherPolicies(a[1]);
            default -> ledger.advance(YearMonth.parse(a[1]), Integer.parseInt(a[2]), a[3]);
        }
        assertThat(jdbc.queryForList("SELECT stage FROM month_state ORDER BY month", Integer.class).stream()
                .map(String::valueOf).collect(Collectors.joining(" "))).isEqualTo(expected);
        assertThat(ledger.allAt(MonthLedger.RESOLVE)).isSortedAccordingTo(YearMonth::compareTo);
        if (a[0].equals("advance")) {
            assertThat(jdbc.queryForObject("SELECT policy_sha FROM month_state WHERE month = ?", String.class, a[1]).strip())
                    .as("the policy is the one the month's checks ran under").isEqualTo(a[2].equals("2") ? "Q" : "P");
            assertThat(jdbc.queryForObject("SELECT closed_at FROM month_state WHERE month = ?", Object.class, a[1]) != null)
                    .isEqualTo(a[2].equals("3"));
        }
    }

    private Pipeline pipeline(String database) {
        return pipelines.computeIfAbsent(database, db -> {
            String url = db.equals("h2") ? Databases.h2(work) : (mysqlUrl = Databases.freshMysql());
            return new Pipeline(url, work);
        });
    }

    @AfterAll
    void close() {
        pipelines.values().forEach(Pipeline::close);
        if (mysqlUrl != null) {
            Databases.dropMysql(mysqlUrl);
        }
    }
}
