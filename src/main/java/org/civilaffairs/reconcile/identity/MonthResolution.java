package org.civilaffairs.reconcile.identity;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.civilaffairs.reconcile.ingest.FileCounts;
import org.civilaffairs.reconcile.ingest.InboxFile;
import org.civilaffairs.reconcile.ingest.InboxFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Resolves a month from its staged rows: person keys, household rejects, collapse, supersede,
 * the month's households, and each file's final counts. Recomputed whole each time, so a re-run
 * or a restart always lands on the same result.
 */
@Service
public class MonthResolution {

    private static final Logger log = LoggerFactory.getLogger(MonthResolution.class);

    private final ResolutionStore store;
    private final InboxFiles files;

    public MonthResolution(ResolutionStore store, InboxFiles files) {
        this.store = store;
        this.files = files;
    }

    /** Resolves the month's staged rows; returns how many. */
    public int resolve(YearMonth month) {
        long start = System.nanoTime();
        List<StagedRow> rows = store.stagedRows(month);
        long read = System.nanoTime();
        PersonKeyResolver resolver = new PersonKeyResolver(registryFor(month, rows), month.atEndOfMonth());
        long registry = System.nanoTime();
        Map<String, PersonKey> cache = new HashMap<>();
        Map<Long, List<StagedRow>> byFile = new LinkedHashMap<>();
        for (StagedRow row : rows) {
            if (row.rowReject == null) {
                row.key = cache.computeIfAbsent(row.name + '\u0000' + row.idNumber, k -> resolver.resolve(row.name, row.idNumber));
            }
            byFile.computeIfAbsent(row.fileId, k -> new ArrayList<>()).add(row);
        }
        byFile.values().forEach(HouseholdRules::apply);
        HouseholdRules.supersede(rows);
        long resolved = System.nanoTime();
        store.saveOutcomes(rows);
        store.replaceHouseholds(month, Households.of(rows));
        recount(month, byFile);
        long unresolved = cache.values().stream().filter(k -> !k.resolved()).count();
        log.info("{}: resolved {} rows, {} distinct persons ({} unresolved); ms: read {}, registry {}, resolve {}, write {}",
                month, rows.size(), cache.size(), unresolved, (read - start) / 1_000_000, (registry - read) / 1_000_000,
                (resolved - registry) / 1_000_000, (System.nanoTime() - resolved) / 1_000_000);
        return rows.size();
    }

    private Registry registryFor(YearMonth month, List<StagedRow> rows) {
        Set<String> brokenNames = new HashSet<>();
        Map<String, Set<String>> namesById = new HashMap<>();
        for (StagedRow row : rows) {
            if (row.rowReject == null) {
                String name = Names.normalize(row.name);
                Optional<String> valid = IdNumbers.valid(row.idNumber, month.atEndOfMonth());
                if (valid.isPresent()) {
                    namesById.computeIfAbsent(valid.get(), k -> new HashSet<>()).add(name);
                } else {
                    brokenNames.add(name);
                }
            }
        }
        return RegistryLoader.load(files.referenceFor("hukou", month), brokenNames, namesById);
    }

    private void recount(YearMonth month, Map<Long, List<StagedRow>> byFile) {
        for (InboxFile file : files.ofMonth(month)) {
            if (!file.isRoster() || file.status() != InboxFile.Status.LOADED) {
                continue;
            }
            long loaded = 0;
            long rejected = 0;
            long collapsed = 0;
            for (StagedRow r : byFile.getOrDefault(file.id(), List.of())) {
                switch (r.outcome) {
                    case LOADED -> loaded++;
                    case REJECTED -> rejected++;
                    case COLLAPSED -> collapsed++;
                }
            }
            FileCounts counts = new FileCounts(file.counts().read(), loaded, rejected, collapsed);
            if (!counts.balanced()) {
                throw new IllegalStateException("accounting broken for " + month + "/" + file.name() + ": " + counts);
            }
            files.recount(file.id(), counts);
        }
    }
}
