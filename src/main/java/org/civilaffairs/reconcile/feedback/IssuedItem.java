package org.civilaffairs.reconcile.feedback;

/** An item as a feedback workbook lists it: with its status against the previous feedback. */
public record IssuedItem(FeedbackItem item, ItemStatus status) {
}
