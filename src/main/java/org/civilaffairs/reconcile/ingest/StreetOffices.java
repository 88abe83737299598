package org.civilaffairs.reconcile.ingest;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Street offices (街道) whose roster did not come: a street office is the street of a loaded
 * roster file whose rows all name that one street (district agencies send files that name
 * many). One that sent a roster last month and none this month, while this month has rosters,
 * is a warning: its households would otherwise all count as exited without a word.
 */
@Repository
public class StreetOffices {

    /** From the streets ingest listed for each file, not from its staged rows: a few rows a file instead of all of them. */
    private static final String OFFICES = "SELECT MIN(s.street) FROM inbox_file f JOIN roster_file_street s ON s.file_id = f.id"
            + " WHERE f.month = ? AND f.kind = '" + InboxFile.ROSTER + "' AND f.status = 'LOADED' AND s.street_known = TRUE"
            + " GROUP BY f.id HAVING COUNT(DISTINCT s.street) = 1";

    private final JdbcTemplate jdbc;

    public StreetOffices(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The street offices missing in the months that got new rosters in the executions of one job instance. */
    public List<InputWarning> missing(long jobInstanceId) {
        List<InputWarning> warnings = new ArrayList<>();
        for (String month : jdbc.queryForList("SELECT DISTINCT month FROM inbox_file WHERE kind = '" + InboxFile.ROSTER + "'"
                + " AND " + InboxFiles.OF_JOB_INSTANCE + " ORDER BY month", String.class, jobInstanceId)) {
            YearMonth now = YearMonth.parse(month);
            YearMonth before = now.minusMonths(1);
            for (String street : missing(offices(before), offices(now), hasRosters(now))) {
                warnings.add(new InputWarning(street + " " + now, "sent a roster for " + before + " but none was loaded for " + now
                        + ", so its households count as exited", "ask the street office for its " + now + " roster and put it in "
                        + now + "/rosters/ (a closed office needs nothing)"));
            }
        }
        return warnings;
    }

    /** Offices of last month that sent nothing this month; nothing while this month has no roster at all. */
    static List<String> missing(Set<String> lastMonth, Set<String> thisMonth, boolean thisMonthHasRosters) {
        if (!thisMonthHasRosters) {
            return List.of();
        }
        Set<String> gone = new TreeSet<>(lastMonth);
        gone.removeAll(thisMonth);
        return List.copyOf(gone);
    }

    /** The month's street offices: the streets of its loaded roster files that name one known street each. */
    public Set<String> offices(YearMonth month) {
        return new TreeSet<>(jdbc.queryForList(OFFICES, String.class, month.toString()));
    }

    private boolean hasRosters(YearMonth month) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM inbox_file WHERE month = ? AND kind = '" + InboxFile.ROSTER + "'"
                + " AND status = 'LOADED'", Integer.class, month.toString()) > 0;
    }
}
