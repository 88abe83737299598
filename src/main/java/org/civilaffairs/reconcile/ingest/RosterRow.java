package org.civilaffairs.reconcile.ingest;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One roster row as staged: parsed values, or the row reject that stopped it. Street and program
 * are canonical when recognised, else as written ({@code streetKnown}/{@code programKnown} say which).
 * Bank account and phone are kept masked only; {@code idNumber} is the typed ID, normalized.
 */
public record RosterRow(long line, String street, boolean streetKnown, String program, boolean programKnown,
                        String community, String householdId, String name, String idNumber, String relation,
                        boolean head, BigDecimal amount, boolean amountGiven, BigDecimal declaredIncome,
                        LocalDate enrolledOn, String bankMasked, String phoneMasked,
                        RejectReason reject, String rawMasked) {

    /** Whether the row names a recognised (street, program) pair: such a row makes its file supersede the pair. */
    public boolean namesPair() {
        return streetKnown && programKnown;
    }
}
