package org.civilaffairs.reconcile.policy;

/** The policy cannot be used: the operator must fix the file. */
public class PolicyException extends RuntimeException {
    public PolicyException(String message) {
        super(message);
    }

    public PolicyException(String message, Throwable cause) {
        super(message, cause);
    }
}
