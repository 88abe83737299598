package org.civilaffairs.reconcile.ingest;

/** Why a row left the figures (CONTRACT §3, §7), in the order row checks apply. */
public enum RejectReason {
    COLUMN_COUNT, MISSING_FIELD, UNKNOWN_PROGRAM, UNKNOWN_STREET, BAD_AMOUNT, BAD_DATE, BAD_ID,
    NO_HEAD, MULTIPLE_HEADS, AMOUNT_CONFLICT
}
