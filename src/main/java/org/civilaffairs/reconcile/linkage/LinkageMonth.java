package org.civilaffairs.reconcile.linkage;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What linkage knows of a month: its loaded roster rows (by index), each row's household, each
 * household's members, and who each household held in M−1 under which name (the longitudinal
 * evidence). Looked up by index so that comparing a pair costs no hashing.
 */
final class LinkageMonth {

    private final String month;
    private final List<RosterPerson> rows;
    private final int[] householdOf;
    private final int[][] members;
    private final Map<String, String>[] heldLastMonth;

    /** @param lastMonth per household key of M−1: bare name → person key */
    @SuppressWarnings("unchecked")
    LinkageMonth(String month, List<RosterPerson> rows, Map<String, Map<String, String>> lastMonth) {
        this.month = month;
        this.rows = rows;
        this.householdOf = new int[rows.size()];
        Map<String, Integer> households = new HashMap<>();
        int[] sizes = new int[rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            int h = households.computeIfAbsent(rows.get(i).household(), k -> households.size());
            householdOf[i] = h;
            sizes[h]++;
        }
        members = new int[households.size()][];
        heldLastMonth = new Map[households.size()];
        for (int h = 0; h < members.length; h++) {
            members[h] = new int[sizes[h]];
            sizes[h] = 0;
        }
        for (int i = 0; i < rows.size(); i++) {
            int h = householdOf[i];
            members[h][sizes[h]++] = i;
            if (sizes[h] == 1) {
                heldLastMonth[h] = lastMonth.get(rows.get(i).household());
            }
        }
    }

    String month() {
        return month;
    }

    List<RosterPerson> rows() {
        return rows;
    }

    RosterPerson row(int i) {
        return rows.get(i);
    }

    boolean sameHousehold(int i, int j) {
        return householdOf[i] == householdOf[j];
    }

    /** The rows of row i's household, itself included. */
    int[] members(int i) {
        return members[householdOf[i]];
    }

    /** The person key row i's household held last month under row i's name, or null. */
    String lastMonthKey(int i) {
        Map<String, String> held = heldLastMonth[householdOf[i]];
        return held == null ? null : held.get(rows.get(i).name().bare());
    }
}
