package org.civilaffairs.reconcile.cli;

import java.time.YearMonth;
import java.util.regex.Pattern;
import org.civilaffairs.reconcile.UsageError;
import picocli.CommandLine;

/** A month as the operator writes it on the command line: {@code YYYY-MM}, nothing else. */
public final class Months implements CommandLine.ITypeConverter<YearMonth> {

    private static final Pattern MONTH = Pattern.compile("\\d{4}-(0[1-9]|1[0-2])");

    /** The month {@code text} names; a one-line message saying how to write it otherwise. */
    public static YearMonth parse(String text) {
        if (text == null || !MONTH.matcher(text).matches()) {
            throw new UsageError("'" + text + "' is not a month: write YYYY-MM, e.g. 2019-07");
        }
        return YearMonth.parse(text);
    }

    @Override
    public YearMonth convert(String text) {
        try {
            return parse(text);
        } catch (UsageError e) {
            throw new CommandLine.TypeConversionException(e.getMessage());
        }
    }
}
