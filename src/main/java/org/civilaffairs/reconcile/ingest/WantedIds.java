package org.civilaffairs.reconcile.ingest;

import java.util.Set;

/**
 * The IDs a reader wants of the month's extracts (a check partition's persons), with their hashes
 * sorted once for every extract's index ({@link ReferenceExtract#readOf}).
 */
public final class WantedIds {

    private final Set<String> ids;
    private final int[] sortedHashes;

    public WantedIds(Set<String> ids) {
        this.ids = ids;
        this.sortedHashes = ids.stream().mapToInt(String::hashCode).sorted().distinct().toArray();
    }

    boolean contains(String id) {
        return ids.contains(id);
    }

    /** The IDs' {@link String#hashCode}s, ascending, each once. */
    int[] sortedHashes() {
        return sortedHashes;
    }
}
