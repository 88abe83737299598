package org.civilaffairs.reconcile.bench;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;

/**
 * A synthetic city: person {@code i} (0 ≤ i < size) has an ID, a birth date, a sex and a name that
 * are pure functions of {@code i} and the seed, so the registry and the rosters agree without
 * holding anyone in memory. IDs are unique: {@code i} is mapped by a bijection onto
 * (region, birth day, sequence). The check character is the sum of three precomputed parts.
 */
final class Population {

    private static final String[] REGIONS = {"420102", "420103", "420104", "420105", "420106", "420107", "420111",
            "420112", "420113", "420114", "420115", "420116"};
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final char[] CHECK = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};
    private static final LocalDate FIRST_BIRTH = LocalDate.of(1925, 1, 1);
    private static final int SEQUENCES = 1000;

    private final long size;
    private final long seed;
    private final LocalDate firstOfMonth;
    private final int days;
    private final long domain;
    private final long multiplier;
    private final char[] dayDigits;
    private final int[] daySums;
    private final int[] regionSums;
    private final int[] sequenceSums;

    Population(long size, long seed, YearMonth month) {
        this.size = size;
        this.seed = seed;
        this.firstOfMonth = month.atDay(1);
        this.days = (int) ChronoUnit.DAYS.between(FIRST_BIRTH, firstOfMonth);
        this.domain = (long) REGIONS.length * days * SEQUENCES;
        this.multiplier = coprime(domain, 2_654_435_761L % domain);
        this.dayDigits = new char[days * 8];
        this.daySums = new int[days];
        for (int d = 0; d < days; d++) {
            String text = FIRST_BIRTH.plusDays(d).toString().replace("-", "");
            text.getChars(0, 8, dayDigits, d * 8);
            daySums[d] = weighted(text, 6);
        }
        this.regionSums = new int[REGIONS.length];
        for (int r = 0; r < REGIONS.length; r++) {
            regionSums[r] = weighted(REGIONS[r], 0);
        }
        this.sequenceSums = new int[SEQUENCES];
        for (int s = 0; s < SEQUENCES; s++) {
            sequenceSums[s] = weighted(String.format("%03d", s), 14);
        }
    }

    long size() {
        return size;
    }

    /** Writes the 18-character ID of person {@code i} into {@code out}. */
    void id(long i, char[] out) {
        long code = code(i);
        int sequence = (int) (code % SEQUENCES);
        int day = (int) (code / SEQUENCES % days);
        int region = (int) (code / SEQUENCES / days);
        REGIONS[region].getChars(0, 6, out, 0);
        System.arraycopy(dayDigits, day * 8, out, 6, 8);
        out[14] = (char) ('0' + sequence / 100);
        out[15] = (char) ('0' + sequence / 10 % 10);
        out[16] = (char) ('0' + sequence % 10);
        out[17] = CHECK[(regionSums[region] + daySums[day] + sequenceSums[sequence]) % 11];
    }

    String id(long i) {
        char[] out = new char[18];
        id(i, out);
        return new String(out);
    }

    /** Days since 1925-01-01. */
    int birthDay(long i) {
        return (int) (code(i) / SEQUENCES % days);
    }

    LocalDate birthDate(long i) {
        return FIRST_BIRTH.plusDays(birthDay(i));
    }

    /** The birth date as {@code yyyy-MM-dd}, without building a date object. */
    void appendBirthDate(long i, StringBuilder out) {
        int at = birthDay(i) * 8;
        out.append(dayDigits, at, 4).append('-').append(dayDigits, at + 4, 2).append('-').append(dayDigits, at + 6, 2);
    }

    /** Completed years on the first day of the month. */
    int age(long i) {
        return (int) ChronoUnit.YEARS.between(birthDate(i), firstOfMonth);
    }

    boolean male(long i) {
        return code(i) % 2 == 1;
    }

    String name(long i) {
        return Names.of(mix(seed, i), male(i));
    }

    /** A well-spread 64-bit hash of (seed, i): the source of every per-person trait. */
    static long mix(long seed, long i) {
        long z = seed * 0x9E3779B97F4A7C15L + i * 0xBF58476D1CE4E5B9L + 0x94D049BB133111EBL;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    private long code(long i) {
        return ((i % domain) * multiplier + Math.floorMod(seed, domain)) % domain;
    }

    private static int weighted(String digits, int from) {
        int sum = 0;
        for (int k = 0; k < digits.length(); k++) {
            sum += (digits.charAt(k) - '0') * WEIGHTS[from + k];
        }
        return sum;
    }

    /** The first number from {@code start} on that shares no factor with {@code n}: a step that visits all of 0..n-1. */
    static long coprime(long n, long start) {
        long m = Math.max(start, 3);
        while (gcd(n, m) != 1) {
            m++;
        }
        return m;
    }

    private static long gcd(long a, long b) {
        return b == 0 ? a : gcd(b, a % b);
    }
}
