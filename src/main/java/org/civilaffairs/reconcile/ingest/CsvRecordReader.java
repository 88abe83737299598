package org.civilaffairs.reconcile.ingest;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
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
            blank &= Character.isWhitespace(c);
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
