package org.civilaffairs.reconcile.ingest;

import java.util.List;
import java.util.Locale;

/** A column a file may carry: its canonical Chinese header, its aliases, whether the header must have it. */
public record Column(String canonical, boolean required, List<String> aliases) {

    public static Column required(String canonical, String... aliases) {
        return new Column(canonical, true, List.of(aliases));
    }

    public static Column optional(String canonical, String... aliases) {
        return new Column(canonical, false, List.of(aliases));
    }

    /** Columns key the maps every row is read through: hash the canonical name only (its hash is cached). */
    @Override
    public int hashCode() {
        return canonical.hashCode();
    }

    /** Header cells are already trimmed and folded; ASCII aliases match case-insensitively. */
    boolean matches(String headerCell) {
        if (canonical.equals(headerCell)) {
            return true;
        }
        String lower = headerCell.toLowerCase(Locale.ROOT);
        for (String alias : aliases) {
            if (alias.equals(headerCell) || alias.toLowerCase(Locale.ROOT).equals(lower)) {
                return true;
            }
        }
        return false;
    }
}
