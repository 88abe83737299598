package org.civilaffairs.reconcile.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Dates and amounts are read by hand for speed; they must accept exactly what the patterns of
 * CONTRACT §2 accept, which stay here as the reference, over a few hundred thousand strings made of
 * the characters that matter (digits, separators, 年月日, commas, points, currency signs).
 */
class HandReadFormatsTest {

    private static final Pattern SEPARATED = Pattern.compile("(\\d{4})([-/.])(\\d{1,2})\\2(\\d{1,2})");
    private static final Pattern COMPACT = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");
    private static final Pattern CHINESE = Pattern.compile("(\\d{4})年(\\d{1,2})月(\\d{1,2})日");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})[-/.](\\d{1,2})|(\\d{4})(\\d{2})|(\\d{4})年(\\d{1,2})月");
    private static final Pattern PLAIN = Pattern.compile("\\d+(\\.\\d{1,2})?");
    private static final Pattern GROUPED = Pattern.compile("\\d{1,3}(,\\d{3})+(\\.\\d{1,2})?");

    private static final String DATE_CHARS = "0123456789012345678901-/.年月日 a２";
    private static final String AMOUNT_CHARS = "01234567890123456789,,..元￥ -a６";

    @Test
    void datesAsThePatternsReadThem() {
        Random random = new Random(7);
        int dates = 0;
        int months = 0;
        for (int i = 0; i < 300_000; i++) {
            String s = i % 2 == 0 ? randomText(random, DATE_CHARS, 12) : dateShaped(random);
            Optional<LocalDate> date = patternDate(s);
            Optional<YearMonth> month = patternMonth(s);
            assertThat(Dates.parse(s)).as(s).isEqualTo(date);
            assertThat(Dates.parseMonth(s)).as(s).isEqualTo(month);
            dates += date.isPresent() ? 1 : 0;
            months += month.isPresent() ? 1 : 0;
        }
        assertThat(dates).as("dates read").isGreaterThan(2_000);
        assertThat(months).as("months read").isGreaterThan(5_000);
    }

    @Test
    void amountsAsThePatternsReadThem() {
        Random random = new Random(11);
        int wellFormed = 0;
        for (int i = 0; i < 300_000; i++) {
            String s = randomText(random, AMOUNT_CHARS, 14);
            boolean expected = PLAIN.matcher(s).matches() || GROUPED.matcher(s).matches();
            assertThat(Amounts.wellFormed(s)).as(s).isEqualTo(expected);
            wellFormed += expected ? 1 : 0;
        }
        assertThat(wellFormed).as("amounts read").isGreaterThan(10_000);
    }

    /**
     * Three to five digits, a separator, one to three digits, mostly the separator that goes with the
     * first (the same one, or 月 after 年) and zero to three digits, now and then 日 or a blank.
     */
    private static String dateShaped(Random random) {
        String separators = "-/.年月日";
        char first = separators.charAt(random.nextInt(4));
        char second = random.nextInt(4) == 0 ? separators.charAt(random.nextInt(separators.length())) : first == '年' ? '月' : first;
        StringBuilder s = new StringBuilder(randomDigits(random, 3 + random.nextInt(3)));
        s.append(first).append(randomDigits(random, 1 + random.nextInt(3)));
        if (random.nextInt(4) > 0) {
            s.append(second).append(randomDigits(random, random.nextInt(4)));
        }
        if (random.nextInt(3) == 0) {
            s.append(random.nextBoolean() ? "日" : " ");
        }
        return s.toString();
    }

    private static String randomDigits(Random random, int count) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < count; i++) {
            s.append((char) ('0' + random.nextInt(random.nextInt(4) == 0 ? 10 : 3)));
        }
        return s.toString();
    }

    /** Mostly date- or amount-shaped strings: runs of digits broken by the other characters now and then. */
    private static String randomText(Random random, String chars, int maxLength) {
        StringBuilder s = new StringBuilder();
        int length = random.nextInt(maxLength + 1);
        for (int i = 0; i < length; i++) {
            s.append(random.nextInt(3) == 0 ? chars.charAt(random.nextInt(chars.length())) : (char) ('0' + random.nextInt(10)));
        }
        return s.toString();
    }

    private static Optional<LocalDate> patternDate(String text) {
        String s = Text.clean(text);
        for (Pattern p : new Pattern[] {SEPARATED, COMPACT, CHINESE}) {
            Matcher m = p.matcher(s);
            if (m.matches()) {
                int day = p == SEPARATED ? 4 : 3;
                int month = p == SEPARATED ? 3 : 2;
                try {
                    return Optional.of(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(month)),
                            Integer.parseInt(m.group(day))));
                } catch (DateTimeException e) {
                    return Optional.empty();
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<YearMonth> patternMonth(String text) {
        String s = Text.clean(text);
        Matcher m = MONTH.matcher(s);
        if (m.matches()) {
            for (int g = 1; g <= 5; g += 2) {
                if (m.group(g) != null) {
                    try {
                        return Optional.of(YearMonth.of(Integer.parseInt(m.group(g)), Integer.parseInt(m.group(g + 1))));
                    } catch (DateTimeException e) {
                        return Optional.empty();
                    }
                }
            }
        }
        return patternDate(s).map(YearMonth::from);
    }

    @Test
    void aGroupedAmountIsReadWithoutItsCommas() {
        assertThat(Amounts.parse("1,234,567.50")).contains(new BigDecimal("1234567.50"));
    }
}
