package org.civilaffairs.reconcile.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates as typed in spreadsheets (CONTRACT §2): {@code 2017-05-01}, {@code 2017/5/1},
 * {@code 2017.05.01}, {@code 20170501}, {@code 2017年5月1日}; months as {@code 2017-05}.
 */
public final class Dates {

    private static final Pattern SEPARATED = Pattern.compile("(\\d{4})([-/.])(\\d{1,2})\\2(\\d{1,2})");
    private static final Pattern COMPACT = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");
    private static final Pattern CHINESE = Pattern.compile("(\\d{4})年(\\d{1,2})月(\\d{1,2})日");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})[-/.](\\d{1,2})|(\\d{4})(\\d{2})|(\\d{4})年(\\d{1,2})月");

    private Dates() {
    }

    public static Optional<LocalDate> parse(String text) {
        String s = Text.clean(text);
        Matcher m = SEPARATED.matcher(s);
        if (m.matches()) {
            return date(m.group(1), m.group(3), m.group(4));
        }
        m = COMPACT.matcher(s);
        if (m.matches()) {
            return date(m.group(1), m.group(2), m.group(3));
        }
        m = CHINESE.matcher(s);
        if (m.matches()) {
            return date(m.group(1), m.group(2), m.group(3));
        }
        return Optional.empty();
    }

    /** A contribution month ({@code 2017-05}); a full date is read as its month. */
    public static Optional<YearMonth> parseMonth(String text) {
        String s = Text.clean(text);
        Matcher m = MONTH.matcher(s);
        if (m.matches()) {
            for (int g = 1; g <= 5; g += 2) {
                if (m.group(g) != null) {
                    return month(m.group(g), m.group(g + 1));
                }
            }
        }
        return parse(s).map(YearMonth::from);
    }

    /** A real calendar date from eight digits {@code yyyyMMdd}, or empty. */
    public static Optional<LocalDate> compact(String eightDigits) {
        Matcher m = COMPACT.matcher(eightDigits);
        return m.matches() ? date(m.group(1), m.group(2), m.group(3)) : Optional.empty();
    }

    private static Optional<LocalDate> date(String y, String mo, String d) {
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(y), Integer.parseInt(mo), Integer.parseInt(d)));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private static Optional<YearMonth> month(String y, String mo) {
        try {
            return Optional.of(YearMonth.of(Integer.parseInt(y), Integer.parseInt(mo)));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
