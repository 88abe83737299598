package org.civilaffairs.reconcile.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import javax.sql.DataSource;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.UncategorizedSQLException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Rows of one table written by a thread of their own, one slice at a time: while the database
 * stores a slice, the caller reads and checks the next. On a 2-core machine that overlaps a roster
 * file's parsing with the server's (or H2's) inserts instead of alternating them. The rows go on a
 * connection of their own, outside the caller's transaction, each statement committed as it ends:
 * H2 goes over every row of a transaction once more at commit, which made a roster file's commit
 * take about as long as its inserts ({@link CommittedSlices}). So the caller makes the rows count by
 * what it commits after {@link #close}, and removes what a failed attempt left before it writes
 * again. At most one slice waits while another is written.
 */
public final class WriteBehind<T> implements AutoCloseable {

    /** Rows per LOAD DATA slice: a roster file is a few of them, so most of its writing overlaps its reading. */
    static final int LOAD_SLICE = 5_000;

    private final JdbcTemplate jdbc;
    private final BulkInsert.Table table;
    private final Function<T, Object[]> values;
    private final boolean localInfile;
    private final Connection con;
    private final ExecutorService writer;
    private Future<?> pending = CompletableFuture.completedFuture(null);
    /** The slice being filled, made at its first row: its LOAD DATA text on MySQL, else its rows' values. */
    private LocalInfile.Text text;
    private List<Object[]> batch;

    WriteBehind(JdbcTemplate jdbc, BulkInsert.Table table, Function<T, Object[]> values, boolean localInfile) {
        this.jdbc = jdbc;
        this.table = table;
        this.values = values;
        this.localInfile = localInfile;
        this.con = ownConnection(jdbc.getDataSource());
        this.writer = Executors.newSingleThreadExecutor(task -> {
            Thread t = new Thread(task, "writer-" + table.name());
            t.setDaemon(true);
            return t;
        });
    }

    /** How many rows a slice holds: a LOAD DATA statement's on MySQL, a JDBC batch's on H2. */
    public int sliceSize() {
        return localInfile ? LOAD_SLICE : BulkInsert.BATCH;
    }

    /** Adds a row, its values taken (on MySQL encoded) before this returns; a full slice is sent. */
    public void add(T row) {
        Object[] columns = values.apply(row);
        if (localInfile) {
            text = text == null ? new LocalInfile.Text(LOAD_SLICE) : text;
            text.add(columns);
        } else {
            batch = batch == null ? new ArrayList<>(BulkInsert.BATCH) : batch;
            batch.add(columns);
        }
        if ((localInfile ? text.rows() : batch.size()) == sliceSize()) {
            send();
        }
    }

    /** Sends the rows added since the last slice, if any. */
    private void send() {
        if (text != null) {
            LocalInfile.Text slice = text;
            submit(() -> BulkInsert.checkLoaded(table, LocalInfile.load(con, table.name(), table.columns(), slice.bytes()),
                    slice.rows()));
        } else if (batch != null) {
            List<Object[]> slice = batch;
            submit(() -> batch(slice));
        }
        text = null;
        batch = null;
    }

    /** Sends the last slice and waits for it to be written. */
    @Override
    public void close() {
        try {
            send();
            await();
        } finally {
            writer.shutdownNow();
            try {
                con.close();
            } catch (SQLException e) {
                throw translated("returning the connection of " + table.name(), e);
            }
        }
    }

    /** A connection of the pool's outside the caller's transaction, each statement committed as it ends. */
    private Connection ownConnection(DataSource dataSource) {
        try {
            Connection own = dataSource.getConnection();
            own.setAutoCommit(true);
            return own;
        } catch (SQLException e) {
            throw translated("connecting to write " + table.name(), e);
        }
    }

    private void submit(SqlWork work) {
        await();
        pending = writer.submit(() -> {
            try {
                work.run();
            } catch (SQLException e) {
                throw translated("writing " + table.name(), e);
            }
            return null;
        });
    }

    private DataAccessException translated(String task, SQLException e) {
        DataAccessException translated = jdbc.getExceptionTranslator().translate(task, null, e);
        return translated != null ? translated : new UncategorizedSQLException(task, null, e);
    }

    private void await() {
        try {
            pending.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while writing " + table.name(), e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            throw new IllegalStateException("writing " + table.name() + " failed", e.getCause());
        }
    }

    private void batch(List<Object[]> slice) throws SQLException {
        try (PreparedStatement ps = con.prepareStatement(table.insert())) {
            for (Object[] row : slice) {
                table.bind(ps, row);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /** Work on the connection that may fail with a driver exception. */
    @FunctionalInterface
    private interface SqlWork {
        void run() throws SQLException;
    }
}
