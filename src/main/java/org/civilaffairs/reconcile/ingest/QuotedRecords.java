package org.civilaffairs.reconcile.ingest;

import java.io.IOException;
import java.io.Reader;

/**
 * Reads back what {@link ReferenceExtract.Output} writes: a record a line, values separated by
 * commas, each either quoted (a quote inside doubled, line breaks kept) or {@code \N} for none.
 * Read by hand, as it is written: Commons CSV's parser was most of what a resolve partition spent
 * reading its share of the registry.
 */
final class QuotedRecords {

    private final Reader in;
    private final char[] buffer = new char[1 << 16];
    private final StringBuilder text = new StringBuilder();
    private final String name;
    private int pos;
    private int end;
    private long record;

    /** @param name the file's name, for the message of a malformed record */
    QuotedRecords(Reader in, String name) {
        this.in = in;
        this.name = name;
    }

    /** Reads the next record into {@code values} (null for {@code \N}); false at the end of the file. */
    boolean next(String[] values) throws IOException {
        int c = read();
        if (c < 0) {
            return false;
        }
        record++;
        for (int i = 0; ; i++) {
            String value;
            if (c == '"') {
                value = quoted();
            } else if (c == '\\' && read() == 'N') {
                value = null;
            } else {
                throw malformed();
            }
            if (i >= values.length) {
                throw malformed();
            }
            values[i] = value;
            c = read();
            if (c == '\n' || c < 0) {
                if (i != values.length - 1) {
                    throw malformed();
                }
                return true;
            }
            if (c != ',') {
                throw malformed();
            }
            c = read();
        }
    }

    /** The rest of a quoted value, its opening quote read. */
    private String quoted() throws IOException {
        int start = pos;
        for (; pos < end - 1; pos++) {
            if (buffer[pos] == '"') {
                if (buffer[pos + 1] == '"') {
                    break;
                }
                return new String(buffer, start, pos++ - start);
            }
        }
        text.setLength(0);
        text.append(buffer, start, pos - start);
        for (int c = read(); ; c = read()) {
            if (c < 0) {
                throw malformed();
            }
            if (c == '"') {
                if (peek() != '"') {
                    return text.toString();
                }
                pos++;
            }
            text.append((char) c);
        }
    }

    private int read() throws IOException {
        return pos < end || fill() ? buffer[pos++] : -1;
    }

    private int peek() throws IOException {
        return pos < end || fill() ? buffer[pos] : -1;
    }

    private boolean fill() throws IOException {
        int n = in.read(buffer, 0, buffer.length);
        if (n <= 0) {
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
