package org.civilaffairs.reconcile.identity;

/**
 * Who a roster row is: a valid ID, an ID repaired from the registry, or an unresolved
 * {@code U:name|raw} key (CONTRACT §5).
 *
 * @param key    the person key
 * @param how    how it was reached: VALID, CONVERTED_15, REPAIRED_SUBSTITUTION,
 *               REPAIRED_TRANSPOSITION, REPAIRED_BIRTH_DATE or UNRESOLVED
 * @param reason for a broken ID, why it was treated as broken
 */
public record PersonKey(String key, Method how, String reason) {

    /** How a key was obtained; the repairs are recorded for audit. */
    public enum Method { VALID, CONVERTED_15, REPAIRED_SUBSTITUTION, REPAIRED_TRANSPOSITION, REPAIRED_BIRTH_DATE, UNRESOLVED }

    public static final String UNRESOLVED_PREFIX = "U:";

    public boolean resolved() {
        return how != Method.UNRESOLVED;
    }

    /** A key as the person_key and head_key columns hold it (at most 300 characters). */
    public static String stored(String key) {
        return key.length() <= 300 ? key : key.substring(0, 300);
    }

    public static boolean isUnresolved(String key) {
        return key.startsWith(UNRESOLVED_PREFIX);
    }
}
