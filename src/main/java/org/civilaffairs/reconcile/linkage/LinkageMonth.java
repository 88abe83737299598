package org.civilaffairs.reconcile.linkage;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.civilaffairs.reconcile.policy.Program;

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
    /** Each row's person key as a number (equal keys, equal numbers) and its program, so a pair costs no string work. */
    private final int[] personOf;
    private final Program[] programOf;

    /** @param lastMonth per household key of M−1: bare name → person key */
    @SuppressWarnings("unchecked")
    LinkageMonth(String month, List<RosterPerson> rows, Map<String, Map<String, String>> lastMonth) {
        this.month = month;
        this.rows = rows;
        this.householdOf = new int[rows.size()];
        this.personOf = new int[rows.size()];
        this.programOf = new Program[rows.size()];
        Map<String, Integer> households = new HashMap<>(rows.size() * 4 / 3 + 1); // sized once: a city month is a million rows
        Map<String, Integer> persons = new HashMap<>(rows.size() * 4 / 3 + 1);
        int[] sizes = new int[rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            int h = households.computeIfAbsent(rows.get(i).household(), k -> households.size());
            householdOf[i] = h;
            sizes[h]++;
            personOf[i] = persons.computeIfAbsent(rows.get(i).personKey(), k -> persons.size());
            programOf[i] = Program.valueOf(rows.get(i).program());
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

    /**
     * Rows i and j could be a duplicate enrollment the contract's rules missed: different person keys
     * and programs that CONTRACT §6 counts as one (the same, or two BASIC; TEMP_RELIEF never).
     */
    boolean mayBeMissedDuplicate(int i, int j) {
        Program a = programOf[i];
        Program b = programOf[j];
        return personOf[i] != personOf[j] && a != Program.TEMP_RELIEF && b != Program.TEMP_RELIEF
                && (a == b || a.isBasic() && b.isBasic());
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
