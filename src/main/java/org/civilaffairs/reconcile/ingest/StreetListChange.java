package org.civilaffairs.reconcile.ingest;

import java.time.YearMonth;

/**
 * A street of a month's rosters that a policy's street list reads otherwise than the rosters were
 * read: rows rejected as {@code UNKNOWN_STREET} that the policy knows, or rows loaded under a name it
 * no longer lists. Streets are matched as rosters are read, so only reading the month again under the
 * policy ({@code rerun-month --reread-rosters}) applies it.
 *
 * @param street     the name as the rosters were read: as written for an unknown street, else its canonical name
 * @param rows       the month's roster rows that name it
 * @param policyName the policy's canonical name for it; empty when the policy does not list it
 */
public record StreetListChange(YearMonth month, String street, long rows, String policyName) {

    /** Whether the policy would read rows now rejected for their street (else it would reject rows now loaded). */
    public boolean knownToPolicy() {
        return !policyName.isEmpty();
    }
}
