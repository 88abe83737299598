package org.civilaffairs.reconcile.linkage;

import java.nio.CharBuffer;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.civilaffairs.reconcile.identity.IdNumbers;

/**
 * What can still be read of an ID number after a clerk or a spreadsheet damaged it, position by
 * position of the 18-character form: characters 1–6 the region (行政区划), 7–14 the birth date,
 * 15–18 the sequence and check character. {@code 420104********123X} keeps region and tail;
 * {@code 4.20104E+17} keeps the leading digits, of which the last may have been rounded up;
 * a 17-character ID lost its check character; a 15-digit ID converts.
 */
final class IdFragments {

    static final char UNKNOWN = '?';
    private static final Pattern SPREADSHEET = Pattern.compile("(\\d)\\.(\\d+)E\\+?(\\d+)", Pattern.CASE_INSENSITIVE);

    private final char[] chars;
    /** Position of a spreadsheet's last kept digit, which may be one more than the ID's (rounding); -1 if none. */
    private final int rounded;
    /** Every character readable: asked of both rows of every compared pair. */
    private final boolean complete;

    private IdFragments(char[] chars, int rounded) {
        this.chars = chars;
        this.rounded = rounded;
        this.complete = known(0, 18);
    }

    /** A valid ID's: every character a digit or the check character, so complete without looking. */
    private IdFragments(char[] validId) {
        this.chars = validId;
        this.rounded = -1;
        this.complete = true;
    }

    static IdFragments of(String text) {
        String id = IdNumbers.normalize(text);
        char[] chars = new char[18];
        java.util.Arrays.fill(chars, UNKNOWN);
        Matcher sci = id.indexOf('E') < 0 && id.indexOf('e') < 0 ? null : SPREADSHEET.matcher(id); // most IDs: no regex
        if (sci != null && sci.matches() && Integer.parseInt(sci.group(3)) == 17) {
            String digits = sci.group(1) + sci.group(2);
            int kept = Math.min(digits.length(), 18);
            digits.getChars(0, kept, chars, 0);
            return new IdFragments(chars, kept - 1);
        }
        String converted = id.length() == 15 ? IdNumbers.candidate(id) : null;
        String aligned = converted != null ? converted : id;
        if (aligned.length() == 18 || aligned.length() == 17) {
            for (int i = 0; i < aligned.length(); i++) {
                char c = aligned.charAt(i);
                chars[i] = Character.isDigit(c) || c == 'X' && i == 17 ? c : UNKNOWN;
            }
        } else {
            for (int i = 0; i < Math.min(6, id.length()) && Character.isDigit(id.charAt(i)); i++) {
                chars[i] = id.charAt(i);
            }
        }
        return new IdFragments(chars, -1);
    }

    /** A valid 18-character ID (seventeen digits and a check character), read as it is. */
    static IdFragments valid(char[] id) {
        return new IdFragments(id);
    }

    /** The characters {@link #copyTo} writes: the 18 positions and the rounded one's. */
    static final int WIDTH = 19;

    /** Written into {@code WIDTH} characters of a column from {@code at}, to be read back by {@link #readFrom}. */
    void copyTo(CharBuffer column, int at) {
        column.put(at, chars, 0, chars.length);
        column.put(at + chars.length, (char) (rounded + 1));
    }

    static IdFragments readFrom(CharBuffer column, int at) {
        char[] read = new char[18];
        column.get(at, read);
        return new IdFragments(read, column.get(at + read.length) - 1);
    }

    boolean complete() {
        return complete;
    }

    boolean known(int from, int to) {
        for (int i = from; i < to; i++) {
            if (chars[i] == UNKNOWN) {
                return false;
            }
        }
        return true;
    }

    /** Whether the characters from..to are all readable, none of them rounded: a blocking key may use them. */
    boolean readable(int from, int to) {
        return known(from, to) && (rounded < from || rounded >= to);
    }

    /** The characters from..to when {@link #readable}, else null. */
    String part(int from, int to) {
        return readable(from, to) ? new String(chars, from, to - from) : null;
    }

    char at(int i) {
        return chars[i];
    }

    /**
     * The two regions (characters 1–6) a spreadsheet ID whose sixth digit was rounded may stand for:
     * the one shown and the one below. None for any other ID, whose region is read as it is or not at all.
     */
    List<String> roundedRegions() {
        if (rounded != 5 || !known(0, 6) || chars[5] == '0') {
            return List.of();
        }
        String shown = new String(chars, 0, 6);
        return List.of(shown, shown.substring(0, 5) + (char) (chars[5] - 1));
    }

    boolean sameAs(IdFragments other) {
        return complete() && java.util.Arrays.equals(chars, other.chars);
    }

    /** Whether the readable characters of from..to agree in both (a rounded digit may be one more). */
    Agreement agreement(IdFragments other, int from, int to) {
        boolean compared = false;
        for (int i = from; i < to; i++) {
            char a = chars[i];
            char b = other.chars[i];
            if (a == UNKNOWN || b == UNKNOWN) {
                continue;
            }
            compared = true;
            if (a != b && !roundedUp(this, i, b) && !roundedUp(other, i, a)) {
                return Agreement.DIFFERENT;
            }
        }
        return !compared ? Agreement.UNKNOWN : known(from, to) && other.known(from, to) ? Agreement.SAME : Agreement.PARTLY;
    }

    private static boolean roundedUp(IdFragments f, int i, char truth) {
        return f.rounded == i && f.chars[i] == truth + 1;
    }

    /** One substitution or one adjacent transposition apart (both complete). */
    boolean oneEditFrom(IdFragments other) {
        if (!complete() || !other.complete()) {
            return false;
        }
        int first = -1;
        int count = 0;
        for (int i = 0; i < 18; i++) {
            if (chars[i] != other.chars[i]) {
                if (count == 0) {
                    first = i;
                }
                count++;
            }
        }
        // two differences that are a swap of neighbours can only be at first and first + 1
        return count == 1 || count == 2 && first < 17 && chars[first] == other.chars[first + 1]
                && chars[first + 1] == other.chars[first];
    }

    enum Agreement { SAME, PARTLY, UNKNOWN, DIFFERENT }
}
