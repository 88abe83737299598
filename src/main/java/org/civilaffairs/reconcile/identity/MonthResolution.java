package org.civilaffairs.reconcile.identity;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.civilaffairs.reconcile.ingest.AtomicFile;
import org.civilaffairs.reconcile.ingest.FileCounts;
import org.civilaffairs.reconcile.ingest.InboxFile;
import org.civilaffairs.reconcile.ingest.InboxFiles;
import org.civilaffairs.reconcile.ingest.ReferenceExtract;
import org.civilaffairs.reconcile.ingest.ReferenceSource;
import org.civilaffairs.reconcile.ingest.RosterLines;
import org.civilaffairs.reconcile.partition.StreetBucket;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * Resolves a partition of a month (the streets of one bucket) from its staged rows: person keys,
 * household rejects, collapse, supersede, the streets' households and counts; then, once every
 * partition is done, each file's final counts over all streets ({@link #close}). A partition is
 * recomputed whole each time, so a re-run or a restart always lands on the same result.
 */
@Service
public class MonthResolution {

    private static final Logger log = LoggerFactory.getLogger(MonthResolution.class);

    private final ResolutionStore store;
    private final SharedEnrollments shared;
    private final InboxFiles files;
    private final Path archiveDir;

    public MonthResolution(ResolutionStore store, SharedEnrollments shared, InboxFiles files,
                           @Value("${reconcile.archive-dir:data/archive}") Path archiveDir) {
        this.store = store;
        this.shared = shared;
        this.files = files;
        this.archiveDir = archiveDir;
    }

    /** Resolves the whole month as one partition and closes it; returns how many rows. */
    public int resolve(YearMonth month) {
        int rows = resolve(StreetBucket.wholeMonth(month));
        close(month);
        return rows;
    }

    /** Resolves the staged rows of a partition's streets; returns how many. */
    public int resolve(StreetBucket part) {
        YearMonth month = part.month();
        long start = System.nanoTime();
        List<StagedRow> rows = store.stagedRows(part);
        long read = System.nanoTime();
        PersonKeyResolver resolver = new PersonKeyResolver(registryFor(part, rows), month.atEndOfMonth());
        long registry = System.nanoTime();
        Map<NameAndId, PersonKey> cache = new HashMap<>();
        Map<Long, List<StagedRow>> byFile = new LinkedHashMap<>();
        for (StagedRow row : rows) {
            if (row.rowReject == null) {
                row.key = cache.computeIfAbsent(new NameAndId(row.name, row.idNumber), k -> resolver.resolve(row.name, row.idNumber));
            }
            byFile.computeIfAbsent(row.fileId, k -> new ArrayList<>()).add(row);
        }
        byFile.values().forEach(HouseholdRules::apply);
        HouseholdRules.supersede(rows);
        addRawLines(month, rows);
        long resolved = System.nanoTime();
        // the households' load beside the rest: on MySQL it keeps the server's processor busy while the
        // updates of the changed rows wait for their pages from the disk
        List<Household> households = Households.of(rows);
        List<String> before = part.select(store.streets(month.toString()));
        TwoThreads.both(() -> {
            writeStreetFiles(month, before, rows, households);
            StagedRowFiles.forget(archiveDir, month, rows);
            store.saveOutcomes(rows);
            StagedRowFiles.remember(archiveDir, month, rows);
        }, () -> store.replaceStreets(part, before, rows, households));
        long unresolved = cache.values().stream().filter(k -> !k.resolved()).count();
        log.info("{}: resolved {} rows, {} distinct persons ({} unresolved); ms: read {}, registry {}, resolve {}, write {}",
                part, rows.size(), cache.size(), unresolved, (read - start) / 1_000_000, (registry - read) / 1_000_000,
                (resolved - registry) / 1_000_000, (System.nanoTime() - resolved) / 1_000_000);
        return rows.size();
    }

    /** A row's person as written: its key in the partition's cache of resolutions, without a copy of either text. */
    private record NameAndId(String name, String id) {
    }

    /**
     * Each street's loaded rows, for the month's linkage, and its households, for the checks; the
     * files of a street resolved {@code before} that has no rows now go as its households do.
     */
    private void writeStreetFiles(YearMonth month, List<String> before, List<StagedRow> rows, List<Household> households) {
        Map<String, List<StagedRow>> byStreet = new TreeMap<>();
        rows.forEach(r -> byStreet.computeIfAbsent(r.street, k -> new ArrayList<>()).add(r));
        Map<String, List<Household>> ofStreet = new HashMap<>();
        households.forEach(h -> ofStreet.computeIfAbsent(h.street(), k -> new ArrayList<>()).add(h));
        byStreet.forEach((street, streetRows) -> {
            LoadedRows.write(LoadedRows.path(archiveDir, month, street), street, streetRows);
            StreetHouseholds.write(StreetHouseholds.path(archiveDir, month, street), street,
                    ofStreet.getOrDefault(street, List.of()));
        });
        before.stream().filter(street -> !byStreet.containsKey(street)).forEach(street -> {
            AtomicFile.delete(LoadedRows.path(archiveDir, month, street));
            AtomicFile.delete(StreetHouseholds.path(archiveDir, month, street));
        });
    }

    /** The masked raw lines of rows newly in a household reject, from the archived rosters (ingest kept row rejects' only). */
    private void addRawLines(YearMonth month, List<StagedRow> rows) {
        Map<Long, TreeMap<Long, StagedRow>> wanted = new HashMap<>();
        for (StagedRow row : rows) {
            if (row.outcome == StagedRow.Outcome.REJECTED && row.rowReject == null && row.changed()) {
                wanted.computeIfAbsent(row.fileId, k -> new TreeMap<>()).put(row.line, row);
            }
        }
        if (!wanted.isEmpty()) {
            files.ofMonth(month).stream().filter(f -> wanted.containsKey(f.id())).forEach(file -> {
                TreeMap<Long, StagedRow> byLine = wanted.get(file.id());
                RosterLines.masked(file, byLine.navigableKeySet()).forEach((line, raw) -> byLine.get(line).rawMasked = raw);
            });
        }
    }

    private Registry registryFor(StreetBucket part, List<StagedRow> rows) {
        YearMonth month = part.month();
        RegistryQuestions questions = new RegistryQuestions(month.atEndOfMonth(), rows.size());
        for (StagedRow row : rows) {
            if (row.rowReject == null) {
                questions.add(row.name, row.idNumber);
            }
        }
        Optional<InboxFile> hukou = files.referenceFor(ReferenceSource.HUKOU.fileStem(), month);
        return RegistryLoader.load(hukou, hukou.map(f -> extractFor(part, f)).orElse(null), questions);
    }

    /**
     * The partition's share of the month's registry extract when the registry step wrote one for
     * this very split of the month, else the whole extract (a restart with another grid size).
     */
    private Path extractFor(StreetBucket part, InboxFile hukou) {
        Path whole = ReferenceExtract.path(archiveDir, part.month(), ReferenceSource.HUKOU, hukou);
        Path share = ReferenceExtract.partPath(whole, part.fileKey());
        return Files.exists(share) ? share : whole;
    }

    /**
     * After every partition of the month: each file's counts summed over its streets, proved
     * balanced, and the households of persons enrolled more than once, for the checks.
     */
    public void close(YearMonth month) {
        Map<Long, FileCounts> byFile = store.fileCounts(month);
        for (InboxFile file : files.ofMonth(month)) {
            if (!file.isRoster() || file.status() != InboxFile.Status.LOADED) {
                continue;
            }
            FileCounts resolved = byFile.getOrDefault(file.id(), FileCounts.ZERO);
            FileCounts counts = new FileCounts(file.counts().read(), resolved.loaded(), resolved.rejected(), resolved.collapsed());
            if (!counts.balanced()) {
                throw new IllegalStateException("accounting broken for " + month + "/" + file.name() + ": " + counts);
            }
            files.recount(file.id(), counts);
        }
        shared.write(month);
    }
}
