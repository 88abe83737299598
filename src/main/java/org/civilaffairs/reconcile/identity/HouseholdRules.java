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
 * rows repeating a person already in the household are collapsed. Ingest applies them first to
 * each household as the roster lists it, as a guess ({@link #guess}).
 */
public final class HouseholdRules {

    /** A household of at most this many rows finds its repeated persons by looking back along it. */
    private static final int FEW = 16;

    private HouseholdRules() {
    }

    /** Sets the outcome of every row of one file; rows are in line order and already carry their keys. */
    public static void apply(List<StagedRow> fileRows) {
        rejectOnTheirOwn(fileRows);
        Map<StagedRow.HouseholdKey, List<StagedRow>> households = new LinkedHashMap<>();
        for (StagedRow row : fileRows) {
            if (row.rowReject == null) {
                households.computeIfAbsent(row.household(), k -> new ArrayList<>()).add(row);
            }
        }
        households.values().forEach(HouseholdRules::applyToHousehold);
    }

    private static void rejectOnTheirOwn(List<StagedRow> rows) {
        for (StagedRow row : rows) {
            if (row.rowReject != null) {
                row.outcome = Outcome.REJECTED;
                row.reason = row.rowReject;
            }
        }
    }

    /**
     * Ingest's guess for consecutive rows of a file, as a rule one household with rows rejected on
     * their own among them: their keys without the registry, the rules over these rows alone, and
     * each row's resolution as ingest stores it ({@link StagedRow#guess()}). Resolution applies the
     * rules again over the whole file with the registry's repairs and writes back only the rows
     * whose outcome differs.
     */
    public static void guess(List<StagedRow> rows, PersonKeyResolver withoutRegistry) {
        List<StagedRow> household = new ArrayList<>(rows.size());
        for (StagedRow row : rows) {
            if (row.rowReject == null) {
                row.key = withoutRegistry.resolve(row.name, row.idNumber);
                household.add(row);
            }
        }
        if (oneHousehold(household)) {
            rejectOnTheirOwn(rows);
            applyToHousehold(household);
        } else {
            apply(rows);
        }
        for (StagedRow row : rows) {
            row.guess = row.resolved();
        }
    }

    private static boolean oneHousehold(List<StagedRow> rows) {
        for (StagedRow row : rows) {
            if (!rows.get(0).sameHousehold(row)) {
                return false;
            }
        }
        return true;
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
        if (rows.size() <= FEW) {
            for (int i = 0; i < rows.size(); i++) {
                rows.get(i).outcome = repeatsAnEarlier(rows, i) ? Outcome.COLLAPSED : Outcome.LOADED;
            }
            return;
        }
        Set<String> seen = new HashSet<>();
        for (StagedRow r : rows) {
            r.outcome = seen.add(r.key.key()) ? Outcome.LOADED : Outcome.COLLAPSED;
        }
    }

    /** Whether the person of row {@code i} is in a row before it: looked for along a household of a few rows, without a set. */
    private static boolean repeatsAnEarlier(List<StagedRow> rows, int i) {
        String key = rows.get(i).key.key();
        for (int j = 0; j < i; j++) {
            if (rows.get(j).key.key().equals(key)) {
                return true;
            }
        }
        return false;
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
