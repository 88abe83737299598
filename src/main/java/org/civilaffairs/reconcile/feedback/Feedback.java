package org.civilaffairs.reconcile.feedback;

import java.time.LocalDate;
import java.util.List;

/**
 * One office's feedback workbook of a month, ready to write.
 *
 * @param issue      1 for the office's first feedback of the month, 2 after a corrected roster, …
 * @param due        the date by which the office answers
 * @param lastMonth  the office's counts of the month before (zero when it had nothing then)
 */
public record Feedback(String office, String month, int issue, LocalDate due, List<IssuedItem> rejects,
                       List<IssuedItem> flags, List<OfficeMonth.CrossStreet> crossStreet, List<OfficeMonth.SentFile> files,
                       OfficeMonth.Counts thisMonth, OfficeMonth.Counts lastMonth) {

    /** Items of one status among rejects and flags. */
    public long count(List<IssuedItem> items, ItemStatus status) {
        return items.stream().filter(i -> i.status() == status).count();
    }
}
