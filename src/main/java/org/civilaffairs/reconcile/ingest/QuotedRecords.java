package org.civilaffairs.reconcile.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Reads back what {@link ReferenceExtract.Output} writes: a record a line, values separated by
 * commas, each either quoted (a quote inside doubled, line breaks kept) or {@code \N} for none.
 * Read by hand from the file's UTF-8 bytes, as it is written: Commons CSV's parser was most of what
 * a resolve partition spent reading its share of the registry, and decoding every value to chars
 * first most of what was left. A reader that wants a record by its first values reads those
 * ({@link #head}) and passes over the rest unbuilt ({@link #skipRest}): a check partition wants a
 * quarter of each extract's rows.
 */
final class QuotedRecords {

    private final InputStream in;
    private final byte[] buffer = new byte[1 << 16];
    private byte[] text = new byte[256];
    private int textLength;
    private final Utf8Check utf8 = new Utf8Check();
    private final String name;
    private int pos;
    private int end;
    private long record;
    /** Values read (or passed over) of the current record, and whether its line has ended. */
    private int index;
    private boolean ended;

    /** @param name the file's name, for the message of a malformed record */
    QuotedRecords(InputStream in, String name) {
        this.in = in;
        this.name = name;
    }

    /** Reads the next record into {@code values} (null for {@code \N}); false at the end of the file. */
    boolean next(String[] values) throws IOException {
        return head(values, values.length);
    }

    /**
     * Reads the first {@code count} values of the next record of {@code values.length}; false at
     * the end of the file. The rest follow with {@link #rest} or are passed over with {@link #skipRest}.
     */
    boolean head(String[] values, int count) throws IOException {
        if (peek() < 0) {
            return false;
        }
        record++;
        index = 0;
        ended = false;
        readTo(values, count);
        return true;
    }

    /** Reads the values of the current record after its head. */
    void rest(String[] values) throws IOException {
        readTo(values, values.length);
    }

    /** Reads the current record's values after its head up to {@code count}; the others follow with {@link #skipRest}. */
    void rest(String[] values, int count) throws IOException {
        readTo(values, count);
    }

    /** Reads the current record's values up to {@code count} of its {@code values.length}. */
    private void readTo(String[] values, int count) throws IOException {
        while (index < count) {
            values[index] = value(values.length, true);
        }
        finishIfWhole(values.length);
    }

    /** Passes over the values of the current record after its head, checking only its shape. */
    void skipRest(int count) throws IOException {
        while (index < count) {
            value(count, false);
        }
        finishIfWhole(count);
    }

    /** A record of {@code count} values read whole must end right after its last. */
    private void finishIfWhole(int count) {
        if (index == count && !ended) {
            throw malformed();
        }
    }

    /** The next value of the record (built when {@code keep}, else null), and the comma or line end after it. */
    private String value(int count, boolean keep) throws IOException {
        if (ended || index >= count) {
            throw malformed();
        }
        int c = read();
        String value = null;
        if (c == '"' && keep) {
            value = quoted();
        } else if (c == '"') {
            toClosingQuote(false);
        } else if (c != '\\' || read() != 'N') {
            throw malformed();
        }
        index++;
        c = read();
        if (c == '\n' || c < 0) {
            ended = true;
        } else if (c != ',') {
            throw malformed();
        }
        return value;
    }

    /** The rest of a quoted value, its opening quote read: decoded where it lies whole in the buffer. */
    private String quoted() throws IOException {
        int start = pos;
        for (; pos < end - 1; pos++) {
            if (buffer[pos] == '"') {
                if (buffer[pos + 1] == '"') {
                    break;
                }
                return new String(buffer, start, pos++ - start, StandardCharsets.UTF_8);
            }
        }
        textLength = 0;
        append(buffer, start, pos - start);
        toClosingQuote(true);
        return new String(text, 0, textLength, StandardCharsets.UTF_8);
    }

    /** Reads up to and past the quote that closes a value, its bytes (a doubled quote once) kept when {@code keep}. */
    private void toClosingQuote(boolean keep) throws IOException {
        for (int c = read(); ; c = read()) {
            if (c < 0) {
                throw malformed();
            }
            if (c == '"') {
                if (peek() != '"') {
                    return;
                }
                pos++;
            }
            if (keep) {
                append(c);
            }
        }
    }

    private void append(byte[] bytes, int from, int length) {
        ensure(length);
        System.arraycopy(bytes, from, text, textLength, length);
        textLength += length;
    }

    private void append(int b) {
        ensure(1);
        text[textLength++] = (byte) b;
    }

    private void ensure(int more) {
        if (textLength + more > text.length) {
            text = Arrays.copyOf(text, Math.max(2 * text.length, textLength + more));
        }
    }

    private int read() throws IOException {
        return pos < end || fill() ? buffer[pos++] & 0xFF : -1;
    }

    private int peek() throws IOException {
        return pos < end || fill() ? buffer[pos] & 0xFF : -1;
    }

    /** The next bytes, each piece checked to be UTF-8 as it comes: the extract was written so. */
    private boolean fill() throws IOException {
        int n = in.readNBytes(buffer, 0, buffer.length);
        utf8.update(buffer, 0, n);
        if (utf8.malformed() || n == 0 && !utf8.wellFormed()) {
            throw malformed();
        }
        if (n == 0) {
            return false;
        }
        pos = 0;
        end = n;
        return true;
    }

    private IllegalStateException malformed() {
        return new IllegalStateException("reference extract " + name + " is damaged at record " + record
                + ": delete it, and the next run writes it again");
    }
}
