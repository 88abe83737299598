package org.civilaffairs.reconcile.ingest;

import java.nio.file.Path;
import java.time.YearMonth;

/** A registered inbox file (audit trail row) with its status and accounting. */
public record InboxFile(long id, YearMonth month, String name, String kind, String sha256, String encoding,
                        Status status, Path archive, FileCounts counts, String note) {

    public enum Status { PENDING, LOADED, DUPLICATE, REJECTED }

    public static final String ROSTER = "roster";

    public boolean isRoster() {
        return ROSTER.equals(kind);
    }
}
