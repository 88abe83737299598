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
        if (s.length() == 10 && s.charAt(4) == '-' && s.charAt(7) == '-' && Text.asciiDigits(s, 0, 4) && Text.asciiDigits(s, 5, 7)
                && Text.asciiDigits(s, 8, 10)) {
            return date(number(s, 0, 4), number(s, 5, 7), number(s, 8, 10)); // 2017-05-01, as most files write it
        }
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
        if (eightDigits.length() != 8 || !Text.asciiDigits(eightDigits, 0, 8)) {
            return Optional.empty();
        }
        return date(number(eightDigits, 0, 4), number(eightDigits, 4, 6), number(eightDigits, 6, 8));
    }

    private static Optional<LocalDate> date(String y, String mo, String d) {
        return date(Integer.parseInt(y), Integer.parseInt(mo), Integer.parseInt(d));
    }

    private static Optional<LocalDate> date(int y, int mo, int d) {
        try {
            return Optional.of(LocalDate.of(y, mo, d));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private static int number(String s, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            n = n * 10 + s.charAt(i) - '0';
        }
        return n;
    }

    private static Optional<YearMonth> month(String y, String mo) {
        try {
            return Optional.of(YearMonth.of(Integer.parseInt(y), Integer.parseInt(mo)));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
