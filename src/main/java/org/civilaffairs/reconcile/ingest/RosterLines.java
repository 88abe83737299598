package org.civilaffairs.reconcile.ingest;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Iterator;
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

    /**
     * The masked raw text of each record starting on one of {@code lines}, by line. The lines
     * between are passed over unbuilt where they are plain (nearly all): a household reject's rows
     * lie anywhere in a file that holds a city street's hundred thousand.
     */
    public static Map<Long, String> masked(InboxFile file, NavigableSet<Long> lines) {
        Map<Long, String> out = new HashMap<>();
        if (lines.isEmpty()) {
            return out;
        }
        try (Reader reader = Encodings.open(file.archive(), Encodings.byName(file.encoding()));
             CsvRecordReader records = new CsvRecordReader(reader)) {
            Header header = Header.read(records, RosterColumns.ALL).header();
            Iterator<Long> ahead = lines.iterator();
            long wanted = ahead.next();
            while (header != null) {
                // the first wanted line not passed yet, without boxing each line of the file to ask
                while (wanted < records.line()) {
                    if (!ahead.hasNext()) {
                        return out;
                    }
                    wanted = ahead.next();
                }
                if (records.line() < wanted && records.skipPlainLine()) {
                    continue;
                }
                CsvRecord record = records.next();
                if (record == null) {
                    break;
                }
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
