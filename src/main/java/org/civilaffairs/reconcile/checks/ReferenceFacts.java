package org.civilaffairs.reconcile.checks;

import java.time.YearMonth;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.civilaffairs.reconcile.ingest.ReferenceRow;
import org.civilaffairs.reconcile.ingest.ReferenceSource;

/**
 * The reference rows of a month's persons, per source, and the snapshot month each source was
 * taken from (carry-forward). A source never delivered is absent, so its checks do not run.
 */
public final class ReferenceFacts {

    private final Map<ReferenceSource, YearMonth> snapshots = new EnumMap<>(ReferenceSource.class);
    private final Map<ReferenceSource, Map<String, List<ReferenceRow>>> rows = new EnumMap<>(ReferenceSource.class);

    public void delivered(ReferenceSource source, YearMonth snapshot) {
        snapshots.put(source, snapshot);
        rows.putIfAbsent(source, new HashMap<>());
    }

    public void add(ReferenceSource source, ReferenceRow row) {
        rows.get(source).computeIfAbsent(row.id(), k -> new java.util.ArrayList<>()).add(row);
    }

    public boolean has(ReferenceSource source) {
        return snapshots.containsKey(source);
    }

    public Map<ReferenceSource, YearMonth> snapshots() {
        return snapshots;
    }

    /** The rows of one person in one source; none when the source is absent or the key unresolved. */
    public List<ReferenceRow> of(ReferenceSource source, String personKey) {
        Map<String, List<ReferenceRow>> bySource = rows.get(source);
        return bySource == null ? List.of() : bySource.getOrDefault(personKey, List.of());
    }
}
