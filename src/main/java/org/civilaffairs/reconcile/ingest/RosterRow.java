package org.civilaffairs.reconcile.ingest;

import java.math.BigDecimal;

/**
 * One roster row as staged: parsed values, or the row reject that stopped it. Street and program
 * are canonical when recognised, else as written ({@code streetKnown}/{@code programKnown} say which);
 * {@code writtenStreet} is the street as written, an alias of {@code street} or the same text. Text
 * as written shows any personal number in it masked ({@link RosterParser#parse}).
 * {@code idNumber} is the typed ID, normalized. Only what a rule or an export reads is kept: the
 * masked raw line only for a row reject (a household rejected as ingest guesses it is masked when
 * the household ends, {@link HouseholdRun}; one rejected only by resolution is read again from the
 * archive, {@link RosterLines}); bank account, phone, relation beyond headship and enrolment date not at all.
 */
public record RosterRow(long line, String street, String writtenStreet, boolean streetKnown, String program,
                        boolean programKnown, String community, String householdId, String name, String idNumber, boolean head,
                        BigDecimal amount, BigDecimal declaredIncome, RejectReason reject, String rawMasked) {

    /** Whether the row names a recognised (street, program) pair: such a row makes its file supersede the pair. */
    public boolean namesPair() {
        return streetKnown && programKnown;
    }
}
