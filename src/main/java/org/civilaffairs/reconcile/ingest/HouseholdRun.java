package org.civilaffairs.reconcile.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.civilaffairs.reconcile.identity.HouseholdRules;
import org.civilaffairs.reconcile.identity.PersonKeyResolver;
import org.civilaffairs.reconcile.identity.StagedRow;

/**
 * The rows of a roster since the household being read began, held until it ends (a row of another
 * household, the file's end, or {@link #MAX_ROWS}), so that ingest stores for each row the outcome
 * the household rules of CONTRACT §3 give it with the keys known before the registry, and the
 * masked raw line of a row they reject ({@link HouseholdRules#guess}). A household listed in one
 * piece, the usual case, is then staged as resolution will find it: resolution writes back only the
 * rows the registry's repairs or a household listed in pieces change, and reads the archived roster
 * again only for the raw lines of those.
 */
final class HouseholdRun {

    /** A longer household is guessed in pieces: a file whose rows all name one household is not held whole. */
    static final int MAX_ROWS = 1000;

    private final PersonKeyResolver withoutRegistry;
    private final List<StagedRow> rows = new ArrayList<>();
    private final List<Object[]> columns = new ArrayList<>();
    private final List<Supplier<String>> rawLines = new ArrayList<>();
    /** The run's first row not rejected on its own: it names the household. */
    private StagedRow household;

    HouseholdRun(PersonKeyResolver withoutRegistry) {
        this.withoutRegistry = withoutRegistry;
    }

    /** Whether {@code next} starts another household, or the run is full: the run is then drained before it is added. */
    boolean endsBefore(StagedRow next) {
        return rows.size() >= MAX_ROWS || household != null && !next.rejectedOnItsOwn()
                && !household.sameHousehold(next);
    }

    /** Adds the next row with its staged column values and how to get its masked raw line should it be rejected. */
    void add(StagedRow row, Object[] values, Supplier<String> rawLine) {
        if (household == null && !row.rejectedOnItsOwn()) {
            household = row;
        }
        rows.add(row);
        columns.add(values);
        rawLines.add(rawLine);
    }

    /** Where a guessed row goes: its values as added, and the masked raw line to store (a reject's, else null). */
    interface Sink {
        void row(StagedRow guessed, Object[] values, String rawMasked);
    }

    /** Guesses the run's outcomes and hands each row on in line order, then starts anew. */
    void drain(Sink out) {
        HouseholdRules.guess(rows, withoutRegistry);
        for (int i = 0; i < rows.size(); i++) {
            StagedRow row = rows.get(i);
            out.row(row, columns.get(i), row.outcome() == StagedRow.Outcome.REJECTED ? rawLines.get(i).get() : null);
        }
        rows.clear();
        columns.clear();
        rawLines.clear();
        household = null;
    }
}
