package org.civilaffairs.reconcile.ingest;

import java.util.List;

/**
 * The key of a staged roster row ({@code roster_row.row_id}): its file in the high 32 bits, its
 * line in the low ones. One integer key is one tree in H2, and a file's rows are one range of it.
 */
public final class StagedRowId {

    /** Joins {@code roster_row r} to the {@code inbox_file f} it came from along r's key. */
    public static final String OF_FILE = "r.row_id BETWEEN f.id * 4294967296 AND f.id * 4294967296 + 4294967295";

    /** A file's rows, with {@link #rangeOf} as parameters. */
    public static final String IN_FILE = "row_id BETWEEN ? AND ?";

    private static final long LINES = 1L << 32;

    private StagedRowId() {
    }

    public static long of(long fileId, long line) {
        if (line < 0 || line >= LINES || fileId < 0 || fileId > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("no staged row key for line " + line + " of file " + fileId);
        }
        return fileId * LINES + line;
    }

    /** The key of the file's line 0: its rows' keys run from here to {@link #lastOf}. */
    public static long firstOf(long fileId) {
        return of(fileId, 0);
    }

    public static long lastOf(long fileId) {
        return of(fileId, LINES - 1);
    }

    /** The parameters of {@link #IN_FILE} for a file. */
    public static List<Long> rangeOf(long fileId) {
        return List.of(firstOf(fileId), lastOf(fileId));
    }
}
