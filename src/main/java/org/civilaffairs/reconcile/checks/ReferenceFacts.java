package org.civilaffairs.reconcile.checks;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.civilaffairs.reconcile.ingest.ReferenceRow;
import org.civilaffairs.reconcile.ingest.ReferenceSource;

/**
 * The reference rows of a month's persons, per source, and the snapshot month each source was
 * taken from (carry-forward). A source never delivered is absent, so its checks do not run.
 * One map by person holds every source's rows: a household's rules look up each member once per
 * source, and after the first the entry is in the processor's cache (a map per source cost a
 * cache miss each, a third of the checks' time in a city's month).
 */
public final class ReferenceFacts {

    private static final int SOURCES = ReferenceSource.values().length;

    private final Map<ReferenceSource, YearMonth> snapshots = new EnumMap<>(ReferenceSource.class);
    private final Map<String, List<ReferenceRow>[]> rows = new HashMap<>();

    public void delivered(ReferenceSource source, YearMonth snapshot) {
        snapshots.put(source, snapshot);
    }

    @SuppressWarnings("unchecked")
    public void add(ReferenceSource source, ReferenceRow row) {
        List<ReferenceRow>[] bySource = rows.computeIfAbsent(row.id(), k -> (List<ReferenceRow>[]) new List<?>[SOURCES]);
        if (bySource[source.ordinal()] == null) {
            bySource[source.ordinal()] = new ArrayList<>(1);
        }
        bySource[source.ordinal()].add(row);
    }

    public boolean has(ReferenceSource source) {
        return snapshots.containsKey(source);
    }

    public Map<ReferenceSource, YearMonth> snapshots() {
        return snapshots;
    }

    /** The rows of one person in one source; none when the source is absent or the key unresolved. */
    public List<ReferenceRow> of(ReferenceSource source, String personKey) {
        List<ReferenceRow>[] bySource = rows.get(personKey);
        List<ReferenceRow> found = bySource == null ? null : bySource[source.ordinal()];
        return found == null ? List.of() : found;
    }
}
