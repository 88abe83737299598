package org.civilaffairs.reconcile.db;

import com.mysql.cj.conf.PropertyKey;
import com.mysql.cj.conf.RuntimeProperty;
import com.mysql.cj.jdbc.JdbcConnection;
import com.mysql.cj.jdbc.JdbcStatement;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * MySQL's {@code LOAD DATA LOCAL INFILE} fed from memory: a batch of rows goes to the server as one
 * tab-separated stream. For the driver that is several times cheaper than rewriting the same rows
 * into a multi-row INSERT, which is where a city's roster ingest spent most of its time.
 * <p>
 * The connection negotiates the LOCAL INFILE capability with a safe path that names no directory
 * (see {@link DatabaseSetup}), so the server can never make the driver read a file of this machine;
 * the driver accepts a stream only while {@link #load} runs, and then sends that stream whatever
 * file name the server asks for.
 */
final class LocalInfile {

    private LocalInfile() {
    }

    /** Whether the server takes LOCAL INFILE (MariaDB does by default, MySQL 8 only when {@code local_infile} is on). */
    static boolean accepted(Connection con) throws SQLException {
        if (!con.isWrapperFor(JdbcConnection.class)) {
            return false;
        }
        try (Statement s = con.createStatement(); var rs = s.executeQuery("SELECT @@GLOBAL.local_infile")) {
            return rs.next() && rs.getInt(1) == 1;
        }
    }

    /** Loads rows {@link Text encoded} as LOAD DATA's text into the table; returns how many the server took. */
    static long load(Connection con, String table, List<String> columns, Utf8Bytes rows) throws SQLException {
        RuntimeProperty<Boolean> streams = con.unwrap(JdbcConnection.class).getPropertySet()
                .getBooleanProperty(PropertyKey.allowLoadLocalInfile);
        try (Statement s = con.createStatement()) {
            s.unwrap(JdbcStatement.class).setLocalInfileInputStream(rows.stream());
            streams.setValue(true);
            return s.executeLargeUpdate("LOAD DATA LOCAL INFILE 'rows' INTO TABLE " + table + " CHARACTER SET utf8mb4"
                    + " FIELDS TERMINATED BY '\\t' ESCAPED BY '\\\\' LINES TERMINATED BY '\\n' (" + String.join(", ", columns) + ")");
        } finally {
            streams.setValue(false);
        }
    }

    /**
     * Rows (each a value per column, in order) in LOAD DATA's default text format: tab between fields,
     * {@code \N} for NULL, special characters escaped. Added one at a time, each row is encoded as it
     * is made, while most of its values are still in the processor's cache: encoded when a slice of
     * 5,000 of them was full, they had to be read from memory again, and a city's rosters took 1.7 s
     * to encode instead of 1.0.
     */
    static final class Text {
        private final Utf8Bytes out;
        /** A roster repeats a few standard amounts a million times. */
        private final Map<BigDecimal, String> amounts = new HashMap<>();
        private int rows;

        Text(int expectedRows) {
            out = new Utf8Bytes(expectedRows * 200);
        }

        void add(Object[] row) {
            for (int i = 0; i < row.length; i++) {
                if (i > 0) {
                    out.ascii('\t');
                }
                field(out, row[i], amounts);
            }
            out.ascii('\n');
            rows++;
        }

        int rows() {
            return rows;
        }

        Utf8Bytes bytes() {
            return out;
        }
    }

    private static void field(Utf8Bytes out, Object value, Map<BigDecimal, String> amounts) {
        if (value == null) {
            out.nullValue();
        } else if (value instanceof Boolean b) {
            out.ascii(b ? '1' : '0');
        } else if (value instanceof BigDecimal d) {
            out.plain(amounts.computeIfAbsent(d, BigDecimal::toPlainString));
        } else if (value instanceof String s) {
            out.escaped(s);
        } else if (value instanceof Long l) {
            out.digits(l);
        } else if (value instanceof Integer n) {
            out.digits(n);
        } else if (value instanceof LocalDate d) {
            out.date(d);
        } else {
            out.plain(value.toString());
        }
    }
}
