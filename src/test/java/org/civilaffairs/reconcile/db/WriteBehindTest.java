package org.civilaffairs.reconcile.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.sql.Types;
import java.util.List;
import java.util.stream.IntStream;
import org.civilaffairs.reconcile.it.Databases;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Rows written behind the caller are committed as they go, on a connection beside the caller's
 * transaction, and a failed slice fails the caller.
 */
class WriteBehindTest {

    private static final BulkInsert.Table T = new BulkInsert.Table("t", List.of("n", "v"), new int[] {Types.INTEGER,
        Types.VARCHAR});

    @TempDir
    Path work;

    @ParameterizedTest
    @ValueSource(strings = {"h2", "mysql"})
    void commitsEveryRowBesideTheCallersTransaction(String database) {
        Databases.onFresh(database, work, url -> {
            Fixture f = new Fixture(url);
            List<Integer> rows = IntStream.range(0, 12_345).boxed().toList();
            int slice = f.tx.execute(status -> {
                f.jdbc.update("INSERT INTO t (n, v) VALUES (-1, 'caller')");
                int size = write(f, rows);
                status.setRollbackOnly();
                return size;
            });
            assertThat(f.count()).as("the caller's row rolled back, the written ones committed").isEqualTo(rows.size());
            assertThat(slice).as("LOAD DATA on MySQL, JDBC batches on H2")
                    .isEqualTo(database.equals("h2") ? BulkInsert.BATCH : WriteBehind.LOAD_SLICE);
            assertThat(f.jdbc.queryForObject("SELECT v FROM t WHERE n = 12344", String.class)).isEqualTo("值12344");
            f.close();
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "mysql"})
    void aSliceThatFailsFailsTheCaller(String database) {
        Databases.onFresh(database, work, url -> {
            Fixture f = new Fixture(url);
            List<Integer> again = IntStream.range(0, 5_000).map(i -> i % 4_000).boxed().toList();
            assertThatThrownBy(() -> f.tx.executeWithoutResult(status -> write(f, again)))
                    .isInstanceOfAny(DataAccessException.class, IllegalStateException.class);
            f.close();
        });
    }

    /** Writes the rows one at a time (sent a slice at a time, the last one on closing); returns the slice size. */
    private static int write(Fixture f, List<Integer> rows) {
        try (WriteBehind<Integer> writer = f.bulk.writeBehind(T, n -> new Object[] {n, "值" + n})) {
            rows.forEach(writer::add);
            return writer.sliceSize();
        }
    }

    /** A table {@code t} with a primary key, on a pool of connections with a transaction manager. */
    private static final class Fixture {
        final HikariDataSource ds;
        final JdbcTemplate jdbc;
        final BulkInsert bulk;
        final TransactionTemplate tx;

        Fixture(String url) {
            boolean mysql = url.startsWith("jdbc:mysql:");
            ds = TestPools.of(url, mysql ? "root" : "sa", "");
            jdbc = new JdbcTemplate(ds);
            jdbc.execute("CREATE TABLE t (n INT PRIMARY KEY, v VARCHAR(20))" + (mysql ? " DEFAULT CHARSET=utf8mb4" : ""));
            bulk = new BulkInsert(jdbc);
            tx = new TransactionTemplate(new DataSourceTransactionManager(ds));
        }

        int count() {
            return jdbc.queryForObject("SELECT COUNT(*) FROM t", Integer.class);
        }

        void close() {
            ds.close();
        }
    }
}
