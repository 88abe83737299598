package org.civilaffairs.reconcile.linkage;

import java.math.BigDecimal;
import java.util.Comparator;

/**
 * Two roster rows of two households of month {@code month} that are probably one person although
 * identity resolution gave them different keys, with the match weight (log2 of the odds) and the
 * evidence field by field. Row {@code a} is the one that comes first by file and line.
 */
public record SuspectPair(String month, Row a, Row b, BigDecimal matchWeight, String evidence) {

    /** Month, then descending weight, then the rows by file and line (code point order, the same on every database). */
    public static final Comparator<SuspectPair> ORDER = Comparator.comparing(SuspectPair::month)
            .thenComparing(SuspectPair::matchWeight, Comparator.reverseOrder())
            .thenComparing(s -> s.a().file()).thenComparingLong(s -> s.a().line())
            .thenComparing(s -> s.b().file()).thenComparingLong(s -> s.b().line());

    /** A roster row: where it is and which household it belongs to. */
    public record Row(String street, String program, String householdId, String file, long line) {
    }
}
