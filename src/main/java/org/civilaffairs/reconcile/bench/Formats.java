package org.civilaffairs.reconcile.bench;

import java.time.LocalDate;
import java.util.SplittableRandom;

/** The many ways offices write the same amount or date (CONTRACT §2), chosen at random. */
final class Formats {

    private Formats() {
    }

    static String amount(long yuan, SplittableRandom random) {
        return switch (random.nextInt(7)) {
            case 0 -> yuan + ".00";
            case 1 -> "￥" + yuan;
            case 2 -> "¥" + yuan;
            case 3 -> yuan + "元";
            case 4 -> yuan >= 1000 ? yuan / 1000 + "," + (yuan % 1000 + 1000 + "").substring(1) + ".00" : yuan + ".0";
            default -> Long.toString(yuan);
        };
    }

    static String date(LocalDate date, SplittableRandom random) {
        int y = date.getYear();
        int m = date.getMonthValue();
        int d = date.getDayOfMonth();
        return switch (random.nextInt(5)) {
            case 0 -> y + "/" + m + "/" + d;
            case 1 -> y + "." + two(m) + "." + two(d);
            case 2 -> y + two(m) + two(d);
            case 3 -> y + "年" + m + "月" + d + "日";
            default -> date.toString();
        };
    }

    private static String two(int n) {
        return n < 10 ? "0" + n : Integer.toString(n);
    }

    /** A day between {@code from} (inclusive) and {@code to} (exclusive). */
    static LocalDate dayBetween(LocalDate from, LocalDate to, SplittableRandom random) {
        return from.plusDays(random.nextLong(Math.max(1, to.toEpochDay() - from.toEpochDay())));
    }

    /** {@code count} random digits appended to {@code prefix}. */
    static String digits(String prefix, int count, SplittableRandom random) {
        StringBuilder out = new StringBuilder(prefix.length() + count).append(prefix);
        for (int k = 0; k < count; k++) {
            out.append((char) ('0' + random.nextInt(10)));
        }
        return out.toString();
    }

    static String pick(String[] choices, SplittableRandom random) {
        return choices[random.nextInt(choices.length)];
    }
}
