package org.civilaffairs.reconcile.ingest;

import java.util.List;

/**
 * One CSV record as read: its fields, the 1-based physical line it starts on, and its raw text.
 * {@code broken} marks a record whose quote was never closed or whose size passed the cap.
 */
public record CsvRecord(long line, List<String> fields, String raw, boolean broken) {

    public String field(int index) {
        return index >= 0 && index < fields.size() ? fields.get(index) : null;
    }

    public int size() {
        return fields.size();
    }
}
