package org.civilaffairs.reconcile.ingest;

import java.time.YearMonth;

/**
 * A street spelling of a month's rosters that a policy's street list reads otherwise than the rosters
 * were read: rows rejected as {@code UNKNOWN_STREET} that the policy knows, rows loaded under a name it
 * no longer lists (a street, or only the alias they are written with), or under another canonical name.
 * Streets are matched as rosters are read, so only reading the month again under the policy
 * ({@code rerun-month --reread-rosters}) applies it.
 *
 * @param written    the street as the rows write it
 * @param readAs     the canonical name they were read under; empty when they were rejected for it
 * @param rows       the month's roster rows that write it
 * @param policyName the policy's canonical name for it; empty when the policy does not list it
 */
public record StreetListChange(YearMonth month, String written, String readAs, long rows, String policyName) {

    /** Whether the policy would load these rows (rejected when read, or now under another name). */
    public boolean knownToPolicy() {
        return !policyName.isEmpty();
    }

    /** Whether the rows were loaded when read. */
    public boolean wasKnown() {
        return !readAs.isEmpty();
    }
}
