package org.civilaffairs.reconcile.identity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.civilaffairs.reconcile.identity.StagedRow.Outcome;

/**
 * After identity resolution, the household rejects and the collapse of CONTRACT §3 (order of
 * §13.3): NO_HEAD, MULTIPLE_HEADS (two heads who are different persons), AMOUNT_CONFLICT, then
 * rows repeating a person already in the household are collapsed.
 */
public final class HouseholdRules {

    private HouseholdRules() {
    }

    /** Sets the outcome of every row of one file; rows are in line order and already carry their keys. */
    public static void apply(List<StagedRow> fileRows) {
        Map<StagedRow.HouseholdKey, List<StagedRow>> households = new LinkedHashMap<>();
        for (StagedRow row : fileRows) {
            if (row.rowReject != null) {
                row.outcome = Outcome.REJECTED;
                row.reason = row.rowReject;
            } else {
                households.computeIfAbsent(row.household(), k -> new ArrayList<>()).add(row);
            }
        }
        households.values().forEach(HouseholdRules::applyToHousehold);
    }

    private static void applyToHousehold(List<StagedRow> rows) {
        String reject = householdReject(rows);
        if (reject != null) {
            rows.forEach(r -> {
                r.outcome = Outcome.REJECTED;
                r.reason = reject;
            });
            return;
        }
        Set<String> seen = new HashSet<>();
        for (StagedRow r : rows) {
            r.outcome = seen.add(r.key.key()) ? Outcome.LOADED : Outcome.COLLAPSED;
        }
    }

    static String householdReject(List<StagedRow> rows) {
        StagedRow firstHead = null;
        for (StagedRow r : rows) {
            if (r.head && firstHead == null) {
                firstHead = r;
            } else if (r.head && !r.key.key().equals(firstHead.key.key())) {
                return "MULTIPLE_HEADS";
            }
        }
        if (firstHead == null) {
            return "NO_HEAD";
        }
        for (StagedRow r : rows) {
            if (!r.head && r.amount != null && r.amount.compareTo(firstHead.amount) != 0) {
                return "AMOUNT_CONFLICT";
            }
        }
        return null;
    }

    /** Marks rows of (street, program) pairs that a later file of the month supplied again. */
    public static void supersede(List<StagedRow> monthRows) {
        Map<StagedRow.Pair, Long> latestFile = new HashMap<>();
        for (StagedRow r : monthRows) {
            if (r.namesPair) {
                latestFile.merge(r.pair(), r.fileId, Math::max);
            }
        }
        for (StagedRow r : monthRows) {
            r.superseded = r.namesPair && r.fileId < latestFile.get(r.pair());
        }
    }
}
