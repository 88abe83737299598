package org.civilaffairs.reconcile.partition;

import java.time.YearMonth;
import java.util.HashMap;
import java.util.Map;
import org.civilaffairs.reconcile.ingest.InboxFiles;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** How much work each street of a month is at a stage: its staged roster rows, or its households. */
@Component
public class StreetWeights {

    private final JdbcTemplate jdbc;

    public StreetWeights(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Resolve reads the staged rows of the month's current roster files, counted per street at ingest. */
    public Map<String, Long> stagedRows(YearMonth month) {
        return weights("SELECT s.street, SUM(s.staged_rows) FROM inbox_file f JOIN roster_file_street s ON s.file_id = f.id"
                + " WHERE " + InboxFiles.CURRENT_FILES + " GROUP BY s.street", month);
    }

    /** Check and aggregate read the month's households, counted by resolve beside its rows' outcomes. */
    public Map<String, Long> households(YearMonth month) {
        return weights("SELECT street, SUM(households) FROM resolve_count WHERE month = ? GROUP BY street"
                + " HAVING SUM(households) > 0", month);
    }

    private Map<String, Long> weights(String sql, YearMonth month) {
        Map<String, Long> weights = new HashMap<>();
        jdbc.query(sql, rs -> {
            weights.put(rs.getString(1), rs.getLong(2));
        }, month.toString());
        return weights;
    }
}
