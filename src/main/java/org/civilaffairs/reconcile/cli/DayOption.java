package org.civilaffairs.reconcile.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import picocli.CommandLine;

/** A day as the operator writes it on the command line ({@code --due 2019-08-15}), with the form in the message when it is not one. */
public final class DayOption implements CommandLine.ITypeConverter<LocalDate> {

    @Override
    public LocalDate convert(String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new CommandLine.TypeConversionException("'" + text + "' is not a day: write YYYY-MM-DD, e.g. 2019-08-15");
        }
    }
}
