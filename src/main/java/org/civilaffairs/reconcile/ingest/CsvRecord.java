package org.civilaffairs.reconcile.ingest;

import java.util.List;
import java.util.Objects;

/**
 * One CSV record as read: its fields, the 1-based physical line it starts on, and its raw text.
 * {@code broken} marks a record whose quote was never closed or whose size passed the cap.
 * A record that is one line without a quote (nearly every row of every file) keeps its characters
 * and where each field starts, and makes a field's text when it is first asked for: the registry's
 * five million rows are asked for two or three fields each, and their raw text only when rejected.
 */
public final class CsvRecord {

    private final long line;
    private final boolean broken;
    /** Of a plain line: its characters, and where each field starts (one more: past the end). */
    private final char[] chars;
    private final int[] starts;
    /** Every field of a record read with quotes; of a plain line, those asked for so far. */
    private final String[] fields;
    private String raw;

    private CsvRecord(long line, boolean broken, char[] chars, int[] starts, String[] fields, String raw) {
        this.line = line;
        this.broken = broken;
        this.chars = chars;
        this.starts = starts;
        this.fields = fields;
        this.raw = raw;
    }

    /** A record read field by field (quotes, line breaks inside, the cap). */
    public CsvRecord(long line, List<String> fields, String raw, boolean broken) {
        this(line, broken, null, null, fields.toArray(String[]::new), raw);
    }

    /**
     * A plain line's record: its characters, and {@code starts} where each field starts after the
     * comma before it, with one more entry one past the end of the line.
     */
    static CsvRecord plain(long line, char[] chars, int[] starts) {
        return new CsvRecord(line, false, chars, starts, new String[starts.length - 1], null);
    }

    public long line() {
        return line;
    }

    public boolean broken() {
        return broken;
    }

    public String field(int index) {
        if (index < 0 || index >= fields.length) {
            return null;
        }
        String field = fields[index];
        if (field == null && chars != null) {
            field = new String(chars, starts[index], starts[index + 1] - 1 - starts[index]);
            fields[index] = field;
        }
        return field;
    }

    public int size() {
        return fields.length;
    }

    public List<String> fields() {
        for (int i = 0; i < fields.length; i++) {
            field(i);
        }
        return List.of(fields);
    }

    public String raw() {
        if (raw == null) {
            raw = new String(chars);
        }
        return raw;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CsvRecord r && line == r.line && broken == r.broken && raw().equals(r.raw())
                && fields().equals(r.fields());
    }

    @Override
    public int hashCode() {
        return Objects.hash(line, broken, raw(), fields());
    }

    @Override
    public String toString() {
        return "CsvRecord[line=" + line + ", fields=" + fields() + ", raw=" + raw() + ", broken=" + broken + "]";
    }
}
