package org.civilaffairs.reconcile.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import java.time.YearMonth;
import java.util.Optional;

/**
 * Dates as typed in spreadsheets (CONTRACT §2): {@code 2017-05-01}, {@code 2017/5/1},
 * {@code 2017.05.01}, {@code 20170501}, {@code 2017年5月1日}; months as {@code 2017-05}.
 */
public final class Dates {

    private Dates() {
    }

    public static Optional<LocalDate> parse(String text) {
        String s = Text.clean(text);
        int n = s.length();
        if (n < 8 || !Text.asciiDigits(s, 0, 4)) {
            return Optional.empty();
        }
        if (n == 8 && Text.asciiDigits(s, 4, 8)) {
            return date(number(s, 0, 4), number(s, 4, 6), number(s, 6, 8)); // 20170501
        }
        char first = s.charAt(4);
        boolean chinese = first == '年';
        if (!chinese && first != '-' && first != '/' && first != '.') {
            return Optional.empty();
        }
        // read by hand, not by patterns: a roster row has a date, and its matchers were 5–7 % of ingest's samples
        int monthEnd = digitsEnd(s, 5);
        if (monthEnd < 0 || monthEnd >= n || s.charAt(monthEnd) != (chinese ? '月' : first)) {
            return Optional.empty();
        }
        int dayEnd = digitsEnd(s, monthEnd + 1);
        if (dayEnd < 0 || dayEnd != (chinese ? n - 1 : n) || chinese && s.charAt(dayEnd) != '日') {
            return Optional.empty();
        }
        return date(number(s, 0, 4), number(s, 5, monthEnd), number(s, monthEnd + 1, dayEnd));
    }

    /** Where one or two ASCII digits from {@code from} end, or -1 when none is there. */
    private static int digitsEnd(String s, int from) {
        int end = from;
        while (end < s.length() && end < from + 2 && Text.asciiDigit(s.charAt(end))) {
            end++;
        }
        return end == from ? -1 : end;
    }

    /** A contribution month ({@code 2017-05}, {@code 201705}, {@code 2017年5月}); a full date is read as its month. */
    public static Optional<YearMonth> parseMonth(String text) {
        String s = Text.clean(text);
        int n = s.length();
        if (n >= 6 && Text.asciiDigits(s, 0, 4)) {
            if (n == 6 && Text.asciiDigits(s, 4, 6)) {
                return month(number(s, 0, 4), number(s, 4, 6));
            }
            char separator = s.charAt(4);
            boolean chinese = separator == '年';
            int end = chinese || separator == '-' || separator == '/' || separator == '.' ? digitsEnd(s, 5) : -1;
            if (end > 0 && end == (chinese ? n - 1 : n) && (!chinese || s.charAt(end) == '月')) {
                return month(number(s, 0, 4), number(s, 5, end));
            }
        }
        return parse(s).map(YearMonth::from);
    }

    /** A real calendar date from the eight digits {@code yyyyMMdd} at {@code from} in {@code text}, or empty. */
    public static Optional<LocalDate> compact(String text, int from) {
        int date = compactNumber(text, from);
        return date < 0 ? Optional.empty() : Optional.of(LocalDate.of(date / 10_000, date / 100 % 100, date % 100));
    }

    /**
     * The eight digits {@code yyyyMMdd} at {@code from} in {@code text} as the number they write when
     * they form a real calendar date, else -1: such numbers order as their dates do, so a date can be
     * checked against bounds without building it (every ID of a 5M-row registry is).
     */
    public static int compactNumber(String text, int from) {
        if (text.length() < from + 8 || !Text.asciiDigits(text, from, from + 8)) {
            return -1;
        }
        int y = number(text, from, from + 4);
        int mo = number(text, from + 4, from + 6);
        int d = number(text, from + 6, from + 8);
        return mo >= 1 && mo <= 12 && d >= 1 && d <= Month.of(mo).length(Year.isLeap(y)) ? y * 10_000 + mo * 100 + d : -1;
    }

    /** The date as {@link #compactNumber} writes it. */
    public static int compactNumber(LocalDate date) {
        return date.getYear() * 10_000 + date.getMonthValue() * 100 + date.getDayOfMonth();
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

    private static Optional<YearMonth> month(int y, int mo) {
        try {
            return Optional.of(YearMonth.of(y, mo));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
