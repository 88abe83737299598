package org.civilaffairs.reconcile.cli;

import picocli.CommandLine.Option;

/** {@code --month YYYY-MM} or {@code --year YYYY}: exactly one (an exclusive, required argument group). */
public class Period {

    @Option(names = "--month", description = "YYYY-MM")
    String month;

    @Option(names = "--year", description = "YYYY")
    String year;

    boolean isMonth() {
        return month != null;
    }

    /** The month or year as written. */
    String value() {
        return isMonth() ? month : year;
    }

    /** Whether the value is a real month (01 to 12) or a four-digit year. */
    boolean valid() {
        return value().matches(isMonth() ? "\\d{4}-(0[1-9]|1[0-2])" : "\\d{4}");
    }
}
