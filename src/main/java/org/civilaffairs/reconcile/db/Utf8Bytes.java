package org.civilaffairs.reconcile.db;

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
        for (int i = 0; i < text.length(); i++) {
            i = put(text, i);
        }
    }

    /** Text with LOAD DATA's special characters escaped by a backslash. */
    void escaped(String text) {
        room(MAX_BYTES_A_CHAR * text.length());
        for (int i = 0; i < text.length(); i++) {
            switch (text.charAt(i)) {
                case '\\' -> ascii('\\', '\\');
                case '\t' -> ascii('\\', 't');
                case '\n' -> ascii('\\', 'n');
                case '\r' -> ascii('\\', 'r');
                case '\0' -> ascii('\\', '0');
                default -> i = put(text, i);
            }
        }
    }

    void ascii(char c) {
        room(1);
        bytes[length++] = (byte) c;
    }

    byte[] toArray() {
        return Arrays.copyOf(bytes, length);
    }

    /** Within the room the text's length made. */
    private void ascii(char first, char second) {
        bytes[length++] = (byte) first;
        bytes[length++] = (byte) second;
    }

    /**
     * Writes the character at {@code i} (with its low surrogate when it is a pair) within the room
     * the text's length made; returns the index of its last char.
     */
    private int put(String text, int i) {
        char c = text.charAt(i);
        if (c < 0x80) {
            bytes[length++] = (byte) c;
        } else if (c < 0x800) {
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
