package org.civilaffairs.reconcile.ingest;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * RFC 4180 reader (comma, {@code "} quoting, CRLF/LF/CR) that streams records with the physical
 * line each starts on and its raw text. Written here rather than taken from Commons CSV because
 * the contract needs both of those for rejects, needs whitespace-only lines skipped as blank,
 * and needs a quote left open at end of file to become one broken record instead of an
 * exception that loses the rest of the file. Record size is capped so a hostile field cannot
 * exhaust memory.
 */
public final class CsvRecordReader implements AutoCloseable {

    public static final int DEFAULT_MAX_RECORD_CHARS = 1 << 20;

    private final Reader in;
    private final int maxRecordChars;
    private final char[] buf = new char[1 << 16];
    /** Reused from record to record: a fresh builder per record spent most of a registry read growing. */
    private final StringBuilder raw = new StringBuilder(256);
    private final StringBuilder field = new StringBuilder(64);
    /** Where each field of a plain line starts, the first always at 0. */
    private int[] fieldStarts = new int[32];
    private int pos;
    private int len;
    private long line = 1;
    private boolean eof;

    public CsvRecordReader(Reader in) {
        this(in, DEFAULT_MAX_RECORD_CHARS);
    }

    public CsvRecordReader(Reader in, int maxRecordChars) {
        this.in = in;
        this.maxRecordChars = maxRecordChars;
    }

    /** The next non-blank record, or null at end of input. */
    public CsvRecord next() {
        while (peek() >= 0) {
            CsvRecord record = readRecord();
            if (record != null) {
                return record;
            }
        }
        return null;
    }

    /** The physical line the next record starts on, or a blank line before it. */
    public long line() {
        return line;
    }

    /**
     * Passes over the next physical line without building it, when it is one line without a quote
     * that lies whole in the buffer (what {@link #next} reads fastest); false, and nothing passed,
     * otherwise. For a reader that wants a few records of a file by line.
     */
    public boolean skipPlainLine() {
        if (peek() < 0) {
            return false;
        }
        int end = plainLineEnd();
        if (end < 0) {
            return false;
        }
        pos = end + (buf[end] == '\r' && buf[end + 1] == '\n' ? 2 : 1);
        line++;
        return true;
    }

    /** Counts the non-blank physical lines left, for a file whose records will not be read. */
    public long countRemainingNonBlankLines() {
        long count = 0;
        boolean content = false;
        int c;
        while ((c = read()) >= 0) {
            if (c == '\n' || c == '\r') {
                if (c == '\r' && peek() == '\n') {
                    read();
                }
                count += content ? 1 : 0;
                content = false;
            } else if (!Character.isWhitespace(c) && c != '\u3000') {
                content = true;
            }
        }
        return count + (content ? 1 : 0);
    }

    /**
     * Reads up to the end of the record. Past the cap the record is marked broken and nothing more
     * of it is kept (raw text, field text or fields), but quotes and line breaks are still followed
     * so that the next record starts where it should. A blank line (whitespace only, however
     * long) gives null.
     */
    private CsvRecord readRecord() {
        int end = plainLineEnd();
        if (end >= 0) {
            return plainRecord(end);
        }
        long startLine = line;
        List<String> fields = new ArrayList<>();
        raw.setLength(0);
        field.setLength(0);
        boolean quoted = false;
        boolean broken = false;
        boolean blank = true;
        boolean fieldStart = true;
        while (true) {
            int c = read();
            if (c < 0) {
                broken |= quoted;
                break;
            }
            if (!quoted && (c == '\r' || c == '\n')) {
                if (c == '\r' && peek() == '\n') {
                    read();
                }
                line++;
                break;
            }
            blank = blank && Character.isWhitespace(c);
            boolean keep = raw.length() < maxRecordChars;
            broken |= !keep;
            boolean text = true;
            boolean separator = !quoted && c == ',';
            if (quoted && c == '"') {
                if (peek() == '"') {
                    read();
                    raw.append(keep ? "\"" : "");
                } else {
                    quoted = false;
                    text = false;
                }
            } else if (quoted) {
                line += c == '\n' || (c == '\r' && peek() != '\n') ? 1 : 0;
            } else if (separator) {
                if (keep) {
                    fields.add(field.toString());
                }
                field.setLength(0);
                text = false;
            } else if (c == '"' && fieldStart) {
                quoted = true;
                text = false;
            }
            fieldStart = separator;
            if (keep) {
                raw.append((char) c);
                if (text) {
                    field.append((char) c);
                }
            }
        }
        if (blank) {
            return null;
        }
        fields.add(field.toString());
        return new CsvRecord(startLine, fields, raw.toString(), broken);
    }

    /**
     * Where the record at the read position ends when it is one line without a quote that lies
     * whole in the buffer and within the cap (nearly every row of every file), else -1: such a
     * record is split where it lies instead of copied character by character.
     */
    private int plainLineEnd() {
        int limit = Math.min(len, pos + maxRecordChars + 1);
        for (int i = pos; i < limit; i++) {
            char c = buf[i];
            if (c == '"') {
                return -1;
            }
            if (c == '\n' || c == '\r') {
                return c == '\r' && i + 1 >= len ? -1 : i; // a CR at the buffer's end may be half of a CRLF
            }
        }
        return -1;
    }

    /**
     * The plain record ending at {@code end}: as {@link #readRecord} would read it, null when blank;
     * its characters copied once, its fields made when asked for ({@link CsvRecord#plain}).
     */
    private CsvRecord plainRecord(int end) {
        int start = pos;
        pos = end + (buf[end] == '\r' && buf[end + 1] == '\n' ? 2 : 1);
        long startLine = line++;
        boolean blank = true;
        int fields = 1;
        for (int i = start; i < end; i++) {
            char c = buf[i];
            blank = blank && Character.isWhitespace(c);
            if (c == ',') {
                if (fields + 1 == fieldStarts.length) {
                    fieldStarts = Arrays.copyOf(fieldStarts, 2 * fieldStarts.length);
                }
                fieldStarts[fields++] = i + 1 - start;
            }
        }
        if (blank) {
            return null;
        }
        fieldStarts[fields] = end - start + 1;
        return CsvRecord.plain(startLine, Arrays.copyOfRange(buf, start, end), Arrays.copyOf(fieldStarts, fields + 1));
    }

    private int peek() {
        if (pos >= len && !fill()) {
            return -1;
        }
        return buf[pos];
    }

    private int read() {
        if (pos >= len && !fill()) {
            return -1;
        }
        return buf[pos++];
    }

    private boolean fill() {
        if (eof) {
            return false;
        }
        try {
            len = in.read(buf, 0, buf.length);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        pos = 0;
        if (len <= 0) {
            eof = true;
            len = 0;
            return false;
        }
        return true;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
