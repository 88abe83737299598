package org.civilaffairs.reconcile.db;

import java.util.Collections;

/** The placeholders of an SQL {@code IN} list. */
public final class InList {

    private InList() {
    }

    /** {@code ?, ?, ?} for three values. */
    public static String marks(int values) {
        return String.join(", ", Collections.nCopies(values, "?"));
    }
}
