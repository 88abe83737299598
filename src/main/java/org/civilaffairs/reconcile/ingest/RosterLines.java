package org.civilaffairs.reconcile.ingest;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.NavigableSet;

/**
 * The masked raw lines of some rows of a loaded roster, read again from its archived copy, with
 * the reader and masking of ingest: ingest keeps the raw line of a row reject only, and the rows
 * of a household rejected later (CONTRACT §3) are found here.
 */
public final class RosterLines {

    private RosterLines() {
    }

    /** The masked raw text of each record starting on one of {@code lines}, by line. */
    public static Map<Long, String> masked(InboxFile file, NavigableSet<Long> lines) {
        Map<Long, String> out = new HashMap<>();
        if (lines.isEmpty()) {
            return out;
        }
        try (Reader reader = Encodings.open(file.archive(), Encodings.byName(file.encoding()));
             CsvRecordReader records = new CsvRecordReader(reader)) {
            Header header = Header.read(records, RosterColumns.ALL).header();
            CsvRecord record;
            while (header != null && (record = records.next()) != null && record.line() <= lines.last()) {
                if (lines.contains(record.line())) {
                    out.put(record.line(), RawMasker.roster(header, record));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read archived copy of " + file.month() + "/" + file.name(), e);
        }
        return out;
    }
}
