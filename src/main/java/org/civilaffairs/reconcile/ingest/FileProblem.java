package org.civilaffairs.reconcile.ingest;

/** Why a whole file is rejected, and how many non-blank lines followed its header (all rejected). */
public record FileProblem(String note, long rowsRead) {
}
