package org.civilaffairs.reconcile.privacy;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one place where personal data is masked for humans (CONTRACT §11): ID numbers keep their
 * first 6 and last 4 characters, bank accounts their last 4, phones their first 3 and last 4.
 * Every log line, export, report and message goes through here.
 */
public final class Mask {

    /**
     * A number in spreadsheet notation of at least ten digits ({@code 4.20104E+17}, {@code 1.39123E+10}):
     * an ID number, account or phone that a spreadsheet program rounded.
     */
    private static final Pattern SPREADSHEET = Pattern.compile(
            "(?<![\\p{Nd}.])\\p{Nd}[.\uFF0E](\\p{Nd}+)[EeＥｅ][+＋]?[1-9１-９]\\p{Nd}(?!\\p{Nd})");
    /** Minimum digits of a run masked as an ID number (a 15-digit ID, or 14 digits and a check character). */
    private static final int ID_DIGITS = 14;
    private static final int ID_LENGTH = 18;
    private static final int PHONE_DIGITS = 11;

    private Mask() {
    }

    /** 420104********123X; short or odd values keep proportionally less. */
    public static String id(String value) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        int len = value.length();
        if (len >= 12) {
            return value.substring(0, 6) + stars(len - 10) + value.substring(len - 4);
        }
        return keepLast(value, Math.min(2, len / 3));
    }

    public static String bankAccount(String value) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        return keepLast(value, Math.min(4, value.length() / 2));
    }

    public static String phone(String value) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        int len = value.length();
        if (len >= 9) {
            return value.substring(0, 3) + stars(len - 7) + value.substring(len - 4);
        }
        return keepLast(value, Math.min(2, len / 3));
    }

    /**
     * Masks anything in free text that looks like an ID number, a bank account or a mobile number:
     * for messages and exception texts whose content is not known field by field. A digit is any
     * character Java reads as one ({@link Character#isDigit}: ASCII, full-width {@code ４２０１…},
     * other scripts); a number may be split by single spaces or dashes ({@code 420104 19900307 4514});
     * spreadsheet notation ({@code 4.20104E+17}) keeps only its first digit.
     */
    public static String freeText(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder out = null;
        int copied = 0;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c < 0x80 && (c < '0' || c > '9')) { // most of a line: no digit of any script starts here
                i++;
                continue;
            }
            int end = numberEnd(text, i);
            if (end == i) {
                i++;
                continue;
            }
            String masked = maskNumber(text, i, end);
            if (masked != null) {
                out = out != null ? out : new StringBuilder(text.length());
                out.append(text, copied, i).append(masked);
                copied = end;
            }
            i = end;
        }
        String result = out == null ? text : out.append(text, copied, text.length()).toString();
        return hasExponent(result) ? spreadsheet(result) : result;
    }

    /** The end of the number starting at {@code start} (digits joined by single separators of one kind, and a check character X), or {@code start} when none starts there. */
    private static int numberEnd(String text, int start) {
        if (digitAt(text, start) == 0 || (start > 0 && Character.isDigit(text.codePointBefore(start)))) {
            return start;
        }
        int j = start;
        char separator = 0;
        while (j < text.length()) {
            int digit = digitAt(text, j);
            char c = text.charAt(j);
            if (digit > 0) {
                j += digit;
            } else if (isSeparator(c) && (separator == 0 || separator == c) && j + 1 < text.length() && digitAt(text, j + 1) > 0) {
                separator = c; // one kind of separator per number: "2019-06-01 2019-07-01" is two dates, not an ID
                j++;
            } else {
                break;
            }
        }
        return j < text.length() && isCheckX(text.charAt(j)) ? j + 1 : j;
    }

    /** The masked form of {@code text[start, end)}, or null when it is no personal number. */
    private static String maskNumber(String text, int start, int end) {
        boolean checkX = isCheckX(text.charAt(end - 1));
        int digitEnd = checkX ? end - 1 : end;
        int digits = count(text, start, digitEnd);
        boolean letterBefore = start > 0 && isAsciiLetter(text.charAt(start - 1));
        boolean alnumAfter = end < text.length() && (isAsciiLetter(text.charAt(end)) || digitAt(text, end) > 0);
        if (digits >= ID_DIGITS && !letterBefore && !alnumAfter) {
            boolean bankAccount = digits + (checkX ? 1 : 0) > ID_LENGTH;
            return bankAccount ? keepDigits(text, start, end, 0, 4) : keepDigits(text, start, end, 6, 4);
        }
        if (digits == PHONE_DIGITS && Character.digit(text.codePointAt(start), 10) == 1) {
            return keepDigits(text, start, digitEnd, 3, 4) + text.substring(digitEnd, end);
        }
        return null;
    }

    /** Stars every digit of the run but the first {@code head} and last {@code tail} (X counts as one); separators stay. */
    private static String keepDigits(String text, int start, int end, int head, int tail) {
        int total = count(text, start, end);
        StringBuilder out = new StringBuilder(end - start);
        int seen = 0;
        for (int k = start; k < end; ) {
            int cp = text.codePointAt(k);
            boolean maskable = Character.isDigit(cp) || isCheckX((char) cp);
            if (maskable && seen >= head && seen < total - tail) {
                out.append('*');
            } else {
                out.appendCodePoint(cp);
            }
            seen += maskable ? 1 : 0;
            k += Character.charCount(cp);
        }
        return out.toString();
    }

    /** Digits (and check characters X) in {@code text[start, end)}, counted as code points. */
    private static int count(String text, int start, int end) {
        int n = 0;
        for (int k = start; k < end; ) {
            int cp = text.codePointAt(k);
            n += Character.isDigit(cp) || isCheckX((char) cp) ? 1 : 0;
            k += Character.charCount(cp);
        }
        return n;
    }

    /** The length in chars of the digit at {@code i} (2 for a digit outside the BMP), 0 when no digit is there. */
    private static int digitAt(String text, int i) {
        int cp = text.codePointAt(i);
        return Character.isDigit(cp) ? Character.charCount(cp) : 0;
    }

    private static String spreadsheet(String text) {
        Matcher m = SPREADSHEET.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String hit = m.group();
            int from = m.start(1) - m.start();
            int to = m.end(1) - m.start();
            m.appendReplacement(out, Matcher.quoteReplacement(hit.substring(0, from) + stars(to - from) + hit.substring(to)));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** Whether an exponent follows a digit somewhere: most texts skip the spreadsheet pattern after one scan. */
    private static boolean hasExponent(String text) {
        for (int i = 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c == 'E' || c == 'e' || c == 'Ｅ' || c == 'ｅ') && Character.isDigit(text.codePointBefore(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isSeparator(char c) {
        return c == ' ' || c == '-' || c == '\u3000' || c == '\uFF0D' || c == '\u2010' || c == '\u2011' || c == '\u2013';
    }

    private static boolean isCheckX(char c) {
        return c == 'X' || c == 'x' || c == 'Ｘ' || c == 'ｘ';
    }

    private static boolean isMaskable(char c) {
        return Character.isDigit(c) || isCheckX(c);
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    }

    private static String keepLast(String value, int keep) {
        return stars(value.length() - keep) + value.substring(value.length() - keep);
    }

    private static String stars(int n) {
        return "*".repeat(Math.max(0, n));
    }
}
