package org.civilaffairs.reconcile.ingest;

/** The accounting of one file: {@code read = loaded + rejected + collapsed}, always. */
public record FileCounts(long read, long loaded, long rejected, long collapsed) {

    public static final FileCounts ZERO = new FileCounts(0, 0, 0, 0);

    public boolean balanced() {
        return read == loaded + rejected + collapsed;
    }

    public FileCounts plus(FileCounts other) {
        return new FileCounts(read + other.read, loaded + other.loaded, rejected + other.rejected, collapsed + other.collapsed);
    }
}
