package org.civilaffairs.reconcile.db;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.sql.Types;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.civilaffairs.reconcile.it.Databases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Rows set by key: every value lands as given (text with tabs, line ends and backslashes, NULLs), a
 * column kept when NULL keeps its value, and rows not named stay as they were; on MySQL through a
 * temporary table, or by batches for a user who may not create one.
 */
class KeyedUpdateTest {

    private static final KeyedUpdate.Columns SET = new KeyedUpdate.Columns("t", "k", List.of("a", "b", "c"),
            new int[] {Types.VARCHAR, Types.BOOLEAN, Types.VARCHAR}, Set.of("c"));
    private static final int ROWS = 5_000;

    @TempDir
    Path work;

    @ParameterizedTest
    @ValueSource(strings = {"h2", "mysql"})
    void setsTheNamedRowsAsGiven(String database) {
        Databases.onFresh(database, work, url -> {
            boolean mysql = database.equals("mysql");
            try (HikariDataSource ds = TestPools.of(url, mysql ? "root" : "sa", "")) {
                JdbcTemplate jdbc = fill(ds, mysql);
                long tablesMade = update(ds, new KeyedUpdate(jdbc, new BulkInsert(jdbc)), jdbc, mysql);
                assertUpdated(jdbc);
                assertThat(tablesMade).as("a temporary table on MySQL, none on H2").isEqualTo(mysql ? 1 : 0);
            }
        });
    }

    @Test
    void aUserWhoMayNotCreateTemporaryTablesGetsBatches() {
        Databases.onFresh("mysql", work, url -> {
            String schema = url.substring(url.lastIndexOf('/') + 1);
            try (HikariDataSource root = TestPools.of(url, "root", "")) {
                JdbcTemplate admin = fill(root, true);
                admin.execute("CREATE USER IF NOT EXISTS 'reconcile_notmp'@'localhost' IDENTIFIED BY 'x'");
                admin.execute("CREATE USER IF NOT EXISTS 'reconcile_notmp'@'127.0.0.1' IDENTIFIED BY 'x'");
                admin.execute("GRANT SELECT, INSERT, UPDATE, DELETE ON " + schema + ".* TO 'reconcile_notmp'@'localhost'");
                admin.execute("GRANT SELECT, INSERT, UPDATE, DELETE ON " + schema + ".* TO 'reconcile_notmp'@'127.0.0.1'");
                try (HikariDataSource user = TestPools.of(url, "reconcile_notmp", "x")) {
                    JdbcTemplate jdbc = new JdbcTemplate(user);
                    KeyedUpdate updates = new KeyedUpdate(jdbc, new BulkInsert(jdbc));
                    update(user, updates, jdbc, true);
                    assertUpdated(admin);
                    assertThat(update(user, updates, jdbc, true)).as("denied once, not asked again").isZero();
                    assertUpdated(admin);
                } finally {
                    admin.execute("DROP USER IF EXISTS 'reconcile_notmp'@'localhost', 'reconcile_notmp'@'127.0.0.1'");
                }
            }
        });
    }

    /** Sets rows 1000..4999 (c NULL for every fifth) in a transaction; returns the tables its connection made or tried to. */
    private static long update(HikariDataSource ds, KeyedUpdate updates, JdbcTemplate jdbc, boolean mysql) {
        List<Integer> keys = IntStream.range(1000, ROWS).boxed().toList();
        return new TransactionTemplate(new DataSourceTransactionManager(ds)).execute(status -> {
            long before = tablesMade(jdbc, mysql);
            updates.update(SET, keys, k -> new Object[] {(long) k, "新" + k, k % 2 == 0, k % 5 == 0 ? null : "行\t" + k + "\n\\"});
            return tablesMade(jdbc, mysql) - before;
        });
    }

    private static void assertUpdated(JdbcTemplate jdbc) {
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM t WHERE k < 1000 AND a = CONCAT('旧', k) AND b = FALSE AND c = 'keep'",
                Integer.class)).as("rows not named").isEqualTo(1000);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM t WHERE k >= 1000 AND a = CONCAT('新', k)", Integer.class)).isEqualTo(4000);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM t WHERE b = TRUE", Integer.class)).isEqualTo(2000);
        assertThat(jdbc.queryForObject("SELECT c FROM t WHERE k = 1001", String.class)).isEqualTo("行\t1001\n\\");
        assertThat(jdbc.queryForObject("SELECT c FROM t WHERE k = 1005", String.class)).as("kept when NULL").isEqualTo("keep");
    }

    /** CREATE TABLE statements of the MySQL connection so far, temporary ones included; 0 on H2. */
    private static long tablesMade(JdbcTemplate jdbc, boolean mysql) {
        // MariaDB counts temporary tables apart (Com_create_temporary_table), MySQL with the others
        return mysql ? jdbc.query("SHOW SESSION STATUS LIKE 'Com_create_%table'", (rs, n) -> rs.getLong(2)).stream()
                .mapToLong(Long::longValue).sum() : 0;
    }

    /** Table {@code t}: rows 0..4999, each with a = '旧k', b false, c 'keep'. */
    private static JdbcTemplate fill(HikariDataSource ds, boolean mysql) {
        JdbcTemplate jdbc = new JdbcTemplate(ds);
        jdbc.execute("CREATE TABLE t (k BIGINT PRIMARY KEY, a VARCHAR(20), b BOOLEAN NOT NULL DEFAULT FALSE, c VARCHAR(2100))"
                + (mysql ? " DEFAULT CHARSET=utf8mb4" : ""));
        jdbc.batchUpdate("INSERT INTO t (k, a, c) VALUES (?, ?, 'keep')", IntStream.range(0, ROWS).boxed().toList(), 1000,
                (ps, k) -> {
                    ps.setLong(1, k);
                    ps.setString(2, "旧" + k);
                });
        return jdbc;
    }
}
