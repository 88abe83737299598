package org.civilaffairs.reconcile.ingest;

/**
 * Input the run could not use, found without failing it: a file the job does not read, a street
 * office whose roster did not come. {@code subject} is the file (relative to the inbox) or the
 * street and month; {@code problem} says why, {@code fix} what the operator does about it.
 */
public record InputWarning(String subject, String problem, String fix) {

    public String line() {
        return subject + ": " + problem + "; " + fix;
    }
}
