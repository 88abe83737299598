package org.civilaffairs.reconcile.db;

import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.dao.NonTransientDataAccessException;
import org.springframework.dao.NonTransientDataAccessResourceException;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Sets columns of many rows of one table, each row found by its key, in the current transaction.
 * On MySQL servers that take LOCAL INFILE the new values are loaded ({@link BulkInsert}) into a
 * temporary table of the connection and set by one {@code UPDATE … JOIN}. A JDBC batch of UPDATEs
 * reaches MySQL as statements the driver joins and parses again for every batch: a month in which
 * streets sent their rosters again (every row of the first rosters superseded) spent most of resolve
 * in the driver's parser, at about 40 µs a row. Elsewhere (H2, or LOCAL INFILE off), outside a
 * transaction (the temporary table is the connection's) and where temporary tables cannot be made
 * (a user without the privilege), JDBC batches.
 */
@Component
public class KeyedUpdate {

    private static final Logger log = LoggerFactory.getLogger(KeyedUpdate.class);

    private final JdbcTemplate jdbc;
    private final BulkInsert bulk;
    private volatile boolean temporaryTables = true;

    public KeyedUpdate(JdbcTemplate jdbc, BulkInsert bulk) {
        this.jdbc = jdbc;
        this.bulk = bulk;
    }

    /**
     * A table's BIGINT key and the columns set, with their JDBC types; the columns of
     * {@code keptWhenNull} keep what they hold when the new value is NULL.
     */
    public record Columns(String table, String key, List<String> set, int[] types, Set<String> keptWhenNull) {

        String batchUpdate() {
            return "UPDATE " + table + " SET " + set.stream()
                    .map(c -> c + " = " + (keptWhenNull.contains(c) ? "COALESCE(?, " + c + ")" : "?"))
                    .collect(Collectors.joining(", ")) + " WHERE " + key + " = ?";
        }

        String joinedUpdate(String changes) {
            return "UPDATE " + table + " t JOIN " + changes + " c ON t." + key + " = c." + key + " SET " + set.stream()
                    .map(c -> "t." + c + " = " + (keptWhenNull.contains(c) ? "COALESCE(c." + c + ", t." + c + ")" : "c." + c))
                    .collect(Collectors.joining(", "));
        }

        BulkInsert.Table changes(String name) {
            List<String> columns = new ArrayList<>(set.size() + 1);
            columns.add(key);
            columns.addAll(set);
            int[] all = IntStream.concat(IntStream.of(Types.BIGINT), IntStream.of(types)).toArray();
            return new BulkInsert.Table(name, columns, all);
        }
    }

    /** Sets the rows' columns: {@code values} gives a row's key, then its values in {@link Columns#set} order. */
    public <T> void update(Columns columns, List<T> rows, Function<T, Object[]> values) {
        if (rows.isEmpty()) {
            return;
        }
        if (bulk.loadsLocalInfile() && temporaryTables && TransactionSynchronizationManager.isActualTransactionActive()
                && joined(columns, rows, values)) {
            return;
        }
        jdbc.batchUpdate(columns.batchUpdate(), rows, BulkInsert.BATCH, (ps, row) -> {
            Object[] v = values.apply(row);
            for (int i = 1; i < v.length; i++) {
                ps.setObject(i, v[i], columns.types()[i - 1]);
            }
            ps.setObject(v.length, v[0]);
        });
    }

    /** Through a temporary table; false when none can be made (then batches, from now on). */
    private <T> boolean joined(Columns columns, List<T> rows, Function<T, Object[]> values) {
        String changes = columns.table() + "_changes";
        try {
            jdbc.execute((ConnectionCallback<Void>) con -> {
                try (Statement s = con.createStatement()) {
                    s.execute("DROP TEMPORARY TABLE IF EXISTS " + changes);
                    s.execute("CREATE TEMPORARY TABLE " + changes + " AS SELECT " + columns.key() + ", "
                            + String.join(", ", columns.set()) + " FROM " + columns.table() + " WHERE 1 = 0");
                }
                return null;
            });
        } catch (NonTransientDataAccessException e) {
            // a user without the privilege, or a server whose settings refuse it (GTID consistency on an old MySQL):
            // nothing was written yet, and the batches do the same work; a lost connection fails the caller as it is
            if (e instanceof NonTransientDataAccessResourceException) {
                throw e;
            }
            temporaryTables = false;
            log.warn("temporary tables cannot be made here ({}): rows are updated by batches of statements, slower;"
                    + " grant the database user CREATE TEMPORARY TABLES (sql/roles-mysql.sql)",
                    NestedExceptionUtils.getMostSpecificCause(e).getMessage());
            return false;
        }
        bulk.insert(columns.changes(changes), rows, values);
        jdbc.update(columns.joinedUpdate(changes));
        jdbc.execute("DROP TEMPORARY TABLE " + changes);
        return true;
    }
}
