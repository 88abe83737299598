package org.civilaffairs.reconcile.identity;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds the month's households from the rows that stayed loaded and were not superseded. */
final class Households {

    private Households() {
    }

    static List<Household> of(List<StagedRow> rows) {
        Map<StagedRow.HouseholdKey, List<StagedRow>> groups = new LinkedHashMap<>();
        for (StagedRow r : rows) {
            if (r.outcome == StagedRow.Outcome.LOADED && !r.superseded) {
                groups.computeIfAbsent(r.household(), k -> new ArrayList<>()).add(r);
            }
        }
        List<Household> out = new ArrayList<>(groups.size());
        for (List<StagedRow> members : groups.values()) {
            StagedRow head = firstHead(members);
            List<String> keys = new ArrayList<>(members.size());
            members.forEach(r -> keys.add(r.key.key()));
            out.add(new Household(head.street, head.program, head.householdId, head.fileId, head.key.key(), head.amount,
                    head.declaredIncome, keys));
        }
        return out;
    }

    private static StagedRow firstHead(List<StagedRow> members) {
        for (StagedRow r : members) {
            if (r.head) {
                return r;
            }
        }
        throw new IllegalStateException("a loaded household without its head");
    }
}
