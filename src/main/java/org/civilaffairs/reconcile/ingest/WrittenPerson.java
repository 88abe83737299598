package org.civilaffairs.reconcile.ingest;

import java.time.LocalDate;
import org.civilaffairs.reconcile.identity.IdNumbers;
import org.civilaffairs.reconcile.identity.Names;

/**
 * A roster person as the month's filters take them: the name normalized, and the ID when it is
 * valid (null when broken). Worked out once per roster row for the month's filters and the
 * partitions' tables alike, at ingest ({@link RosterPersons}).
 */
public record WrittenPerson(String normalizedName, String validId) {

    /** A roster row that passed the row checks: its name and ID as written. */
    public static WrittenPerson of(String name, String idNumber, LocalDate latestBirth) {
        return new WrittenPerson(Names.normalize(name), IdNumbers.valid(idNumber, latestBirth).orElse(null));
    }
}
