package org.civilaffairs.reconcile.db;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import org.springframework.jdbc.core.ArgumentPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;

/**
 * Reads a result of hundreds of thousands of rows row by row. On MySQL/MariaDB the rows are
 * streamed: the connections' server-side cursors ({@code useCursorFetch}, kept for every other
 * query) make the server copy the result into a temporary table first and answer a thousand rows
 * per round trip, which took twice as long for a month's million roster rows. A streamed result
 * holds its connection until it is read, so {@code rows} must not use the database.
 */
public final class LargeResults {

    private LargeResults() {
    }

    public static void query(JdbcTemplate jdbc, String sql, RowCallbackHandler rows, Object... args) {
        jdbc.query(con -> {
            PreparedStatement ps = con.prepareStatement(sql, ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY);
            if (DatabaseSetup.isMysql(con)) {
                ps.setFetchSize(Integer.MIN_VALUE); // Connector/J's signal for a streamed result
            }
            new ArgumentPreparedStatementSetter(args).setValues(ps);
            return ps;
        }, rows);
    }
}
