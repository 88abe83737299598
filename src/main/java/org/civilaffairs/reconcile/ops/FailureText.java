package org.civilaffairs.reconcile.ops;

import java.util.regex.Pattern;

/**
 * The cause that a failed execution's recorded exit description names, as one line of words: Spring
 * Batch records the stack trace, whose first line starts with the exception's class.
 */
public final class FailureText {

    /** {@code java.io.UncheckedIOException: } at the start of a line. */
    private static final Pattern EXCEPTION_CLASS = Pattern.compile("^(?:[a-z_$][\\w$]*\\.)+[A-Z][\\w$]*: ");

    private FailureText() {
    }

    /** The description's first line, without the class of the exception it starts with; empty for none. */
    public static String cause(String exitDescription) {
        if (exitDescription == null) {
            return "";
        }
        String first = exitDescription.lines().findFirst().orElse("");
        return EXCEPTION_CLASS.matcher(first).replaceFirst("");
    }
}
