package org.civilaffairs.reconcile;

/** The command line names something invalid or absent; its message says what to write instead (exit 2). */
public class UsageError extends RuntimeException {
    public UsageError(String message) {
        super(message);
    }

    public UsageError(String message, Throwable cause) {
        super(message, cause);
    }
}
