package org.civilaffairs.reconcile.linkage;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What linkage knows of a month: its loaded roster rows, each household's members, and who each
 * household of M−1 held under which name (for the longitudinal evidence).
 */
final class LinkageMonth {

    private final String month;
    private final List<RosterPerson> rows;
    private final Map<String, List<RosterPerson>> households = new HashMap<>();
    private final Map<String, Map<String, String>> lastMonth;

    /** @param lastMonth per household key of M−1: bare name → person key */
    LinkageMonth(String month, List<RosterPerson> rows, Map<String, Map<String, String>> lastMonth) {
        this.month = month;
        this.rows = rows;
        this.lastMonth = lastMonth;
        for (RosterPerson r : rows) {
            households.computeIfAbsent(r.household(), k -> new ArrayList<>(4)).add(r);
        }
    }

    String month() {
        return month;
    }

    List<RosterPerson> rows() {
        return rows;
    }

    List<RosterPerson> members(RosterPerson row) {
        return households.get(row.household());
    }

    /** The person key the row's household held last month under the row's name, or null. */
    String lastMonthKey(RosterPerson row) {
        Map<String, String> held = lastMonth.get(row.household());
        return held == null ? null : held.get(row.name().bare());
    }
}
