package org.civilaffairs.reconcile.cli;

import org.civilaffairs.reconcile.UsageError;
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

    /** The month or year as written; one line saying how to write it otherwise. */
    String value() {
        if (isMonth()) {
            return Months.parse(month).toString();
        }
        if (!year.matches("\\d{4}")) {
            throw new UsageError("'" + year + "' is not a year: write --year YYYY, e.g. 2019");
        }
        return year;
    }
}
