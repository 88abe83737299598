package org.civilaffairs.reconcile.db;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.function.Function;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Inserts many rows into one table in the current transaction: through {@link LocalInfile} on
 * MySQL servers that take it, through JDBC batches elsewhere (H2, or {@code local_infile} off).
 */
@Component
public class BulkInsert {

    /** Rows per JDBC batch: a batch rewritten into one INSERT must stay under MySQL's packet limit. */
    static final int BATCH = 2000;
    /** Rows per LOAD DATA statement: a few megabytes of text, few enough statements to cost nothing. */
    public static final int LOAD_BATCH = 20_000;

    private final JdbcTemplate jdbc;
    private volatile Boolean localInfile;

    public BulkInsert(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A table's columns with their JDBC types (used for NULLs on the batch path). */
    public record Table(String name, List<String> columns, int[] types) {
        String insert() {
            return "INSERT INTO " + name + " (" + String.join(", ", columns) + ") VALUES (?" + ", ?".repeat(columns.size() - 1) + ")";
        }

        /** Sets one row's values, in {@link #columns} order, as the parameters of {@link #insert}. */
        void bind(PreparedStatement ps, Object[] values) throws SQLException {
            for (int i = 0; i < values.length; i++) {
                ps.setObject(i + 1, values[i], types[i]);
            }
        }
    }

    /** How many rows to hand to {@link #insert} at a time for it to write them in one go. */
    public int batchSize() {
        return localInfile() ? LOAD_BATCH : BATCH;
    }

    /**
     * A writer of one table's rows in the current transaction that sends each slice on a thread of
     * its own while the caller prepares the next: parsing a roster file and the database's work on
     * the rows it already sent then overlap. Close it before the transaction ends.
     */
    public <T> WriteBehind<T> writeBehind(Table table, Function<T, Object[]> values) {
        return new WriteBehind<>(jdbc, table, values, localInfile());
    }

    /** Inserts the rows, each turned into its column values in {@link Table#columns} order. */
    public <T> void insert(Table table, List<T> rows, Function<T, Object[]> values) {
        if (rows.isEmpty()) {
            return;
        }
        if (!localInfile()) {
            jdbc.batchUpdate(table.insert(), rows, BATCH, (ps, row) -> table.bind(ps, values.apply(row)));
            return;
        }
        for (int from = 0; from < rows.size(); from += LOAD_BATCH) {
            int to = Math.min(rows.size(), from + LOAD_BATCH);
            LocalInfile.Text chunk = new LocalInfile.Text(to - from);
            rows.subList(from, to).forEach(row -> chunk.add(values.apply(row)));
            long loaded = jdbc.execute((ConnectionCallback<Long>) con -> LocalInfile.load(con, table.name(), table.columns(),
                    chunk.bytes()));
            checkLoaded(table, loaded, chunk.rows());
        }
    }

    /** LOAD DATA LOCAL makes a duplicate key or a bad value a mere warning: a short count is the only sign. */
    static void checkLoaded(Table table, long loaded, int rows) {
        if (loaded != rows) {
            throw new IllegalStateException("LOAD DATA took " + loaded + " of " + rows + " rows of " + table.name());
        }
    }

    /** Whether rows go to this database by LOAD DATA LOCAL (a MySQL server that takes it). */
    public boolean loadsLocalInfile() {
        return localInfile();
    }

    private boolean localInfile() {
        if (localInfile == null) {
            localInfile = jdbc.execute((ConnectionCallback<Boolean>) LocalInfile::accepted);
        }
        return localInfile;
    }
}
