package org.civilaffairs.reconcile.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** Slices written in a transaction each: a failed slice takes back its own rows, not those committed before it. */
class CommittedSlicesTest {

    private JdbcTemplate jdbc;
    private CommittedSlices slices;

    @BeforeEach
    void database() {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:mem:slices-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
        jdbc = new JdbcTemplate(ds);
        jdbc.execute("CREATE TABLE t (n INT PRIMARY KEY)");
        slices = new CommittedSlices(new DataSourceTransactionManager(ds));
    }

    @Test
    void eachSliceIsATransactionOfItsOwn() {
        List<Integer> rows = IntStream.range(0, 2 * CommittedSlices.ROWS + 5).boxed().toList();
        List<Boolean> inTransaction = new ArrayList<>();
        slices.commitSlices(rows, slice -> {
            inTransaction.add(TransactionSynchronizationManager.isActualTransactionActive());
            jdbc.batchUpdate("INSERT INTO t (n) VALUES (?)", slice, 1000, (ps, n) -> ps.setInt(1, n));
        });
        assertThat(inTransaction).containsExactly(true, true, true);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM t", Integer.class)).isEqualTo(rows.size());
    }

    @Test
    void aFailedSliceKeepsTheSlicesBeforeIt() {
        List<Integer> rows = IntStream.range(0, 2 * CommittedSlices.ROWS).boxed().toList();
        assertThatThrownBy(() -> slices.commitSlices(rows, slice -> {
            jdbc.batchUpdate("INSERT INTO t (n) VALUES (?)", slice, 1000, (ps, n) -> ps.setInt(1, n));
            if (slice.get(0) > 0) {
                throw new IllegalStateException("second slice");
            }
        })).hasMessage("second slice");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM t", Integer.class)).isEqualTo(CommittedSlices.ROWS);
    }
}
