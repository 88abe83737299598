package org.civilaffairs.reconcile.ingest;

/** The inbox cannot be read: the operator must fix the path or its permissions. */
public class InboxException extends RuntimeException {
    public InboxException(String message) {
        super(message);
    }
}
