package org.civilaffairs.reconcile.identity;

import java.time.LocalDate;
import java.util.Optional;
import org.civilaffairs.reconcile.ingest.Dates;
import org.civilaffairs.reconcile.ingest.Text;

/** Citizen ID numbers (公民身份号码) under GB 11643-1999: normalization, validation, 15→18 conversion. */
public final class IdNumbers {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final char[] CHECK = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};
    /** 1900-01-01 as {@link Dates#compactNumber} writes it. */
    private static final int EARLIEST_BIRTH = 1900_01_01;

    private IdNumbers() {
    }

    /** Step 1 of CONTRACT §5: fold full-width, drop whitespace and dashes, upper-case x. */
    public static String normalize(String raw) {
        if (raw == null) {
            return "";
        }
        if (isNormal(raw)) {
            return raw;
        }
        String folded = Text.fold(raw);
        StringBuilder out = new StringBuilder(folded.length());
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (!Character.isWhitespace(c) && !Character.isSpaceChar(c) && c != '-') {
                out.append(c == 'x' ? 'X' : c);
            }
        }
        return out.toString();
    }

    /** Steps 2 and 3: the valid 18-character ID this normalized text stands for, if any. */
    public static Optional<String> valid(String normalized, LocalDate latestBirth) {
        if (normalized.length() == 18) {
            return isValid18(normalized, latestBirth) ? Optional.of(normalized) : Optional.empty();
        }
        String converted = candidate(normalized);
        return converted != null && birthDateIn(converted, latestBirth) ? Optional.of(converted) : Optional.empty();
    }

    /**
     * The only 18-character ID a normalized text can be valid as (itself, or a 15-digit ID converted),
     * not yet validated; null when it can be none. Lets a reader skip rows of people it does not want
     * before paying for validation.
     */
    public static String candidate(String normalized) {
        if (normalized.length() == 18) {
            return normalized;
        }
        if (normalized.length() == 15 && Text.asciiDigits(normalized, 0, 15)) {
            String candidate = normalized.substring(0, 6) + "19" + normalized.substring(6);
            return candidate + checkChar(candidate);
        }
        return null;
    }

    public static boolean isValid18(String id, LocalDate latestBirth) {
        return id.length() == 18 && Text.asciiDigits(id, 0, 17)
                && (Character.isDigit(id.charAt(17)) || id.charAt(17) == 'X')
                && birthDateIn(id, latestBirth)
                && checkChar(id) == id.charAt(17);
    }

    /** The birth date written in characters 7..14, when they form a real date. */
    public static Optional<LocalDate> birthDate(String text) {
        if (text.length() < 14) {
            return Optional.empty();
        }
        return Dates.compact(text, 6);
    }

    /** The check character of the first 17 characters of {@code id} (an ID without it, or a whole one). */
    static char checkChar(String id) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (id.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK[sum % 11];
    }

    private static boolean birthDateIn(String id, LocalDate latestBirth) {
        int birth = Dates.compactNumber(id, 6);
        return birth >= EARLIEST_BIRTH && birth <= Dates.compactNumber(latestBirth);
    }

    /** Digits, the last one possibly X: nearly every ID of a registry, returned without a copy. */
    private static boolean isNormal(String raw) {
        int last = raw.length() - 1;
        return Text.asciiDigits(raw, 0, last) && (last < 0 || raw.charAt(last) == 'X' || Text.asciiDigits(raw, last, last + 1));
    }
}
