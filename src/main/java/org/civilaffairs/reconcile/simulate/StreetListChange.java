package org.civilaffairs.reconcile.simulate;

import java.time.YearMonth;

/**
 * A street of a month's rosters that a draft's street list reads otherwise than the rosters were
 * read: rows rejected as {@code UNKNOWN_STREET} that the draft knows, or rows loaded under a name
 * the draft no longer lists. Streets are matched as rosters are read, so no simulation of the
 * checks shows it: reading the month again under the draft ({@code rerun-month --reread-rosters}) does.
 *
 * @param street  the name as the rosters were read: as written for an unknown street, else its canonical name
 * @param rows    the month's roster rows that name it
 * @param draftName the draft's canonical name for it; empty when the draft does not list it
 */
public record StreetListChange(YearMonth month, String street, long rows, String draftName) {

    /** Whether the draft would read rows now rejected for their street (else it would reject rows now loaded). */
    public boolean knownToDraft() {
        return !draftName.isEmpty();
    }
}
