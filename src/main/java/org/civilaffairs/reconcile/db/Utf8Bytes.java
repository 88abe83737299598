package org.civilaffairs.reconcile.db;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.Arrays;

/**
 * A growing buffer of UTF-8 bytes written character by character: LOAD DATA's text escaped and
 * encoded in one pass, instead of a String built, copied and then encoded. A lone surrogate
 * becomes '?', as {@link String#getBytes} makes it.
 */
final class Utf8Bytes {

    /** A char takes at most three bytes: an escape two, a surrogate pair four for its two chars. */
    private static final int MAX_BYTES_A_CHAR = 3;

    private byte[] bytes;
    private int length;

    Utf8Bytes(int capacity) {
        bytes = new byte[Math.max(16, capacity)];
    }

    /** Text that needs no escaping (numbers, dates, markers). */
    void plain(String text) {
        room(MAX_BYTES_A_CHAR * text.length());
        put(text, false);
    }

    /** Text with LOAD DATA's special characters escaped by a backslash. */
    void escaped(String text) {
        room(MAX_BYTES_A_CHAR * text.length());
        put(text, true);
    }

    /** LOAD DATA's NULL. */
    void nullValue() {
        room(2);
        ascii('\\', 'N');
    }

    /** A whole number in decimal, as {@link Long#toString} writes it, without making the string. */
    void digits(long value) {
        room(20);
        if (value < 0) {
            bytes[length++] = '-';
        } else {
            value = -value; // counted down from zero, Long.MIN_VALUE included
        }
        int end = length + digitCount(value);
        for (int i = end - 1; i >= length; i--) {
            bytes[i] = (byte) ('0' - value % 10);
            value /= 10;
        }
        length = end;
    }

    /** A date as ISO yyyy-MM-dd, as {@link LocalDate#toString} writes a date of years 0–9999. */
    void date(LocalDate date) {
        if (date.getYear() < 0 || date.getYear() > 9999) {
            plain(date.toString());
            return;
        }
        room(10);
        fixed(date.getYear(), 4);
        bytes[length++] = '-';
        fixed(date.getMonthValue(), 2);
        bytes[length++] = '-';
        fixed(date.getDayOfMonth(), 2);
    }

    void ascii(char c) {
        room(1);
        bytes[length++] = (byte) c;
    }

    /** The bytes written, read where they are: a slice of a roster is a megabyte, not copied again. */
    ByteArrayInputStream stream() {
        return new ByteArrayInputStream(bytes, 0, length);
    }

    /** Of a number not above zero. */
    private static int digitCount(long negative) {
        int count = 1;
        for (long bound = -10; count < 19 && negative <= bound; bound *= 10) {
            count++;
        }
        return count;
    }

    /** A number of exactly {@code width} digits, zeros first, within the room made. */
    private void fixed(int value, int width) {
        for (int i = length + width - 1; i >= length; i--) {
            bytes[i] = (byte) ('0' + value % 10);
            value /= 10;
        }
        length += width;
    }

    /** Within the room the text's length made. */
    private void ascii(char first, char second) {
        bytes[length++] = (byte) first;
        bytes[length++] = (byte) second;
    }

    /**
     * Writes the text within the room its length made, from locals: a value is nearly always ASCII,
     * and a loop over fields' bytes is what LOAD DATA's share of a roster's ingest spent its time in.
     */
    private void put(String text, boolean escape) {
        byte[] out = bytes;
        int at = length;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x80) {
                length = at;
                i = nonAscii(text, i);
                at = length;
            } else if (escape && special(c)) {
                out[at++] = '\\';
                out[at++] = (byte) escapeLetter(c);
            } else {
                out[at++] = (byte) c;
            }
        }
        length = at;
    }

    private static boolean special(char c) {
        return c == '\\' || c <= '\r' && (c == '\t' || c == '\n' || c == '\r' || c == '\0');
    }

    /** What follows the backslash of an escaped special character. */
    private static char escapeLetter(char special) {
        return switch (special) {
            case '\t' -> 't';
            case '\n' -> 'n';
            case '\r' -> 'r';
            case '\0' -> '0';
            default -> special;
        };
    }

    /** Writes the non-ASCII character at {@code i} (with its low surrogate when it is a pair); returns the index of its last char. */
    private int nonAscii(String text, int i) {
        char c = text.charAt(i);
        if (c < 0x800) {
            bytes[length++] = (byte) (0xC0 | c >> 6);
            bytes[length++] = (byte) (0x80 | c & 0x3F);
        } else if (Character.isSurrogate(c)) {
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                int cp = Character.toCodePoint(c, text.charAt(i + 1));
                bytes[length++] = (byte) (0xF0 | cp >> 18);
                bytes[length++] = (byte) (0x80 | cp >> 12 & 0x3F);
                bytes[length++] = (byte) (0x80 | cp >> 6 & 0x3F);
                bytes[length++] = (byte) (0x80 | cp & 0x3F);
                return i + 1;
            }
            bytes[length++] = '?';
        } else {
            bytes[length++] = (byte) (0xE0 | c >> 12);
            bytes[length++] = (byte) (0x80 | c >> 6 & 0x3F);
            bytes[length++] = (byte) (0x80 | c & 0x3F);
        }
        return i;
    }

    private void room(int more) {
        if (length + more > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + more));
        }
    }
}
