package org.civilaffairs.reconcile.db;

import com.mysql.cj.conf.PropertyKey;
import com.mysql.cj.conf.RuntimeProperty;
import com.mysql.cj.jdbc.JdbcConnection;
import com.mysql.cj.jdbc.JdbcStatement;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
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

    /** Loads the rows (each a value per column, in order) into the table; returns how many the server took. */
    static long load(Connection con, String table, List<String> columns, List<Object[]> rows) throws SQLException {
        RuntimeProperty<Boolean> streams = con.unwrap(JdbcConnection.class).getPropertySet()
                .getBooleanProperty(PropertyKey.allowLoadLocalInfile);
        try (Statement s = con.createStatement()) {
            s.unwrap(JdbcStatement.class).setLocalInfileInputStream(new ByteArrayInputStream(encode(rows)));
            streams.setValue(true);
            return s.executeLargeUpdate("LOAD DATA LOCAL INFILE 'rows' INTO TABLE " + table + " CHARACTER SET utf8mb4"
                    + " FIELDS TERMINATED BY '\\t' ESCAPED BY '\\\\' LINES TERMINATED BY '\\n' (" + String.join(", ", columns) + ")");
        } finally {
            streams.setValue(false);
        }
    }

    /** The rows as LOAD DATA's default text format: tab between fields, {@code \N} for NULL, special characters escaped. */
    static byte[] encode(List<Object[]> rows) {
        StringBuilder out = new StringBuilder(rows.size() * 256);
        Map<BigDecimal, String> amounts = new HashMap<>(); // a roster repeats a few standard amounts a million times
        for (Object[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                if (i > 0) {
                    out.append('\t');
                }
                field(out, row[i], amounts);
            }
            out.append('\n');
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void field(StringBuilder out, Object value, Map<BigDecimal, String> amounts) {
        if (value == null) {
            out.append("\\N");
        } else if (value instanceof Boolean b) {
            out.append(b ? '1' : '0');
        } else if (value instanceof BigDecimal d) {
            out.append(amounts.computeIfAbsent(d, BigDecimal::toPlainString));
        } else if (value instanceof String s) {
            escape(out, s);
        } else {
            out.append(value);
        }
    }

    private static void escape(StringBuilder out, String s) {
        int plain = 0;
        while (plain < s.length() && !special(s.charAt(plain))) {
            plain++;
        }
        out.append(s, 0, plain); // most values have nothing to escape: copied at once
        for (int i = plain; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\t' -> out.append("\\t");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\0' -> out.append("\\0");
                default -> out.append(c);
            }
        }
    }

    private static boolean special(char c) {
        return c == '\\' || c == '\t' || c == '\n' || c == '\r' || c == '\0';
    }
}
