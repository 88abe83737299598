package org.civilaffairs.reconcile.extract;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiPredicate;
import java.util.function.Consumer;
import org.civilaffairs.reconcile.db.InList;
import org.civilaffairs.reconcile.db.LargeResults;
import org.civilaffairs.reconcile.checks.DeceasedMemberRule;
import org.civilaffairs.reconcile.columns.ColumnSpace;
import org.civilaffairs.reconcile.identity.Names;
import org.civilaffairs.reconcile.ingest.AtomicFile;
import org.civilaffairs.reconcile.ingest.DataFiles;
import org.civilaffairs.reconcile.ingest.CsvRecord;
import org.civilaffairs.reconcile.ingest.Encodings;
import org.civilaffairs.reconcile.ingest.FileCounts;
import org.civilaffairs.reconcile.ingest.FileProblem;
import org.civilaffairs.reconcile.ingest.Header;
import org.civilaffairs.reconcile.ingest.InboxFile;
import org.civilaffairs.reconcile.ingest.InboxFiles;
import org.civilaffairs.reconcile.ingest.Prefilter;
import org.civilaffairs.reconcile.ingest.ReferenceExtract;
import org.civilaffairs.reconcile.ingest.ReferenceReader;
import org.civilaffairs.reconcile.ingest.ReferenceRow;
import org.civilaffairs.reconcile.ingest.ReferenceSource;
import org.civilaffairs.reconcile.ingest.RejectReason;
import org.civilaffairs.reconcile.ingest.RosterPersons;
import org.civilaffairs.reconcile.ingest.StagedRowId;
import org.civilaffairs.reconcile.ingest.Staging;
import org.civilaffairs.reconcile.ingest.WrittenPerson;
import org.civilaffairs.reconcile.partition.StreetBucket;
import org.civilaffairs.reconcile.partition.StreetWeights;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * Reads each reference file in force for a month once, keeping the rows the month's persons can
 * need ({@link MonthPersons}) in an extract ({@link ReferenceExtract}) that resolve and check read
 * in every partition. The registry comes first: the IDs it can repair a roster ID to are persons
 * of the month too, so the other sources keep their rows as well.
 */
@Service
public class MonthExtraction {

    private static final Logger log = LoggerFactory.getLogger(MonthExtraction.class);

    private final JdbcTemplate jdbc;
    private final InboxFiles files;
    private final Staging staging;
    private final StreetWeights weights;
    private final Path archiveDir;

    public MonthExtraction(JdbcTemplate jdbc, InboxFiles files, Staging staging, StreetWeights weights,
                           @Value("${reconcile.archive-dir:data/archive}") Path archiveDir) {
        this.jdbc = jdbc;
        this.files = files;
        this.staging = staging;
        this.weights = weights;
        this.archiveDir = archiveDir;
    }

    /** The sources other than the registry in force for a month. */
    public List<ReferenceSource> otherSourcesInForce(YearMonth month) {
        return Arrays.stream(ReferenceSource.values()).filter(s -> s != ReferenceSource.HUKOU)
                .filter(s -> files.referenceFor(s.fileStem(), month).isPresent()).toList();
    }

    /**
     * Reads the month's roster persons once, extracts the registry in force for them and leaves the
     * IDs that may become person keys for the other sources' extracts; returns the registry rows kept.
     * With more than one resolve partition, each partition's share is written apart as well
     * ({@link ReferenceExtract#partPath}).
     */
    public long registry(YearMonth month, List<StreetBucket> resolveParts) {
        PartitionPersons byPart = resolveParts.size() > 1 ? partitionPersons(month, resolveParts) : null;
        MonthPersons persons = persons(month, byPart);
        long kept = extract(month, ReferenceSource.HUKOU, persons::mayNeedRegistryRow, persons::addKey, byPart);
        AtomicFile.write(keysPath(month), persons.keys()::writeTo);
        return kept;
    }

    /**
     * The month's persons apart for each resolve partition, their tables on the heap while they take
     * at most a quarter of it (a month of 8M staged rows in {@code -Xmx1536m}), in files mapped to
     * memory beside the month's extracts beyond: what the step holds on the heap is then bounded
     * (the month's two {@link Prefilter}s stop growing at 128 MB each).
     */
    private PartitionPersons partitionPersons(YearMonth month, List<StreetBucket> resolveParts) {
        Map<String, Long> staged = weights.stagedRows(month);
        ColumnSpace space = PartitionPersons.bytes(staged) <= Runtime.getRuntime().maxMemory() / 4 ? ColumnSpace.HEAP
                : ColumnSpace.filesIn(archiveDir.resolve("extract").resolve(month.toString()).resolve("partition-persons"));
        return new PartitionPersons(resolveParts, staged, space);
    }

    /** Extracts one source other than the registry for the month's persons; returns the rows kept. */
    public long references(YearMonth month, ReferenceSource source) {
        Path keysFile = keysPath(month);
        Prefilter keys;
        try (DataInputStream in = DataFiles.reader(keysFile)) {
            keys = Prefilter.readFrom(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + keysFile + ": run the month's registry extraction first", e);
        }
        return extract(month, source, (id, name) -> MonthPersons.mayBeKey(keys, id), id -> { }, null);
    }

    private long extract(YearMonth month, ReferenceSource source, BiPredicate<String, String> mayNeed, Consumer<String> kept,
                         PartitionPersons byPart) {
        Optional<InboxFile> file = files.referenceFor(source.fileStem(), month);
        if (file.isEmpty()) {
            return 0;
        }
        long start = System.nanoTime();
        Path target = ReferenceExtract.path(archiveDir, month, source, file.get());
        ReferenceExtract.removeOthers(target, source);
        long rows;
        // a file is counted by its own month's extraction; a later month carrying it forward only reads it
        Accounting accounting = file.get().month().equals(month) ? new Accounting(file.get()) : null;
        ReferenceExtract.Line line = new ReferenceExtract.Line();
        try (ReferenceExtract.Output out = ReferenceExtract.create(target, source != ReferenceSource.HUKOU); Shares shares = new Shares(target, source, byPart);
             HandOff<ReferenceRow> written = new HandOff<>("extract-writer", row -> {
                 out.add(line.of(source, row));
                 shares.add(row, line);
             })) {
            read(source, file.get(), mayNeed, row -> {
                kept.accept(row.id());
                written.add(row);
            }, accounting);
            written.finish();
            shares.commit();
            rows = out.commit();
        }
        String counted = accounting == null ? "" : accounting.finish();
        log.info("{}:{}: kept {} rows of {}/{}{} in {} ms", month, source.fileStem(), rows, file.get().month(),
                file.get().name(), counted, (System.nanoTime() - start) / 1_000_000);
        return rows;
    }

    /** The rows of a file read and rejected, and its rejects, kept as its ingest would have. */
    private final class Accounting {
        private final InboxFile file;
        private final Staging.Batch<Staging.ReferenceReject> rejects;
        private long valid;
        private long rejected;

        Accounting(InboxFile file) {
            this.file = file;
            staging.clear(file.id());
            this.rejects = staging.referenceRejects(file.id());
        }

        void reject(long line, RejectReason reason, String rawMasked) {
            rejected++;
            rejects.add(new Staging.ReferenceReject(line, reason, rawMasked));
        }

        /** Writes the file's counts; says what they are. */
        String finish() {
            rejects.close();
            files.finish(file.id(), InboxFile.Status.LOADED, new FileCounts(valid + rejected, valid, rejected, 0), null);
            return " (" + (valid + rejected) + " rows read, " + rejected + " rejected)";
        }
    }

    /**
     * The month's roster persons, apart by resolve partition if {@code byPart}: from the files ingest
     * wrote of them ({@link RosterPersons}), or from the staged rows of a roster staged without one.
     */
    private MonthPersons persons(YearMonth month, PartitionPersons byPart) {
        List<Long> fileIds = jdbc.queryForList("SELECT f.id FROM inbox_file f WHERE " + InboxFiles.CURRENT_FILES
                + " AND f.kind = ?", Long.class, month.toString(), InboxFile.ROSTER);
        int expected = fileIds.isEmpty() ? 0 : jdbc.queryForObject("SELECT COALESCE(SUM(rows_loaded), 0) FROM inbox_file"
                + " WHERE id IN (" + InList.marks(fileIds.size()) + ")", Integer.class, fileIds.toArray());
        MonthPersons persons = new MonthPersons(expected);
        RosterPersons.Sink sink = (street, person) -> {
            persons.add(person);
            if (byPart != null) {
                byPart.add(street, person);
            }
        };
        List<Long> unwritten = fileIds.stream()
                .filter(id -> !RosterPersons.read(RosterPersons.path(archiveDir, month, id), sink)).toList();
        for (long file : unwritten) {
            LargeResults.query(jdbc, "SELECT street, name, id_number FROM roster_row WHERE " + StagedRowId.IN_FILE
                            + " AND row_reject IS NULL",
                    rs -> sink.person(rs.getString(1), WrittenPerson.of(rs.getString(2), rs.getString(3), month.atEndOfMonth())),
                    StagedRowId.rangeOf(file).toArray());
        }
        return persons;
    }

    private Path keysPath(YearMonth month) {
        return archiveDir.resolve("extract").resolve(month.toString()).resolve("person-keys.bin");
    }


    /** Reads the rows of a file the month's persons may need, and counts all of them when {@code accounting}. */
    private static void read(ReferenceSource source, InboxFile file, BiPredicate<String, String> mayNeed,
                             Consumer<ReferenceRow> rows, Accounting accounting) {
        Optional<FileProblem> problem;
        try {
            problem = new ReferenceReader(source, file.month()).read(file.archive(), Encodings.byName(file.encoding()),
                    new ReferenceReader.Sink() {
                        @Override
                        public boolean wants(String candidateId, Header header, CsvRecord record) {
                            return mayNeed.test(candidateId, source == ReferenceSource.HUKOU
                                    ? header.value(record, ReferenceSource.Cols.NAME) : null);
                        }

                        @Override
                        public void row(ReferenceRow row) {
                            rows.accept(row);
                            passedOver(); // counted as every valid row is
                        }

                        @Override
                        public boolean validatesAll() {
                            return accounting != null;
                        }

                        @Override
                        public void passedOver() {
                            if (accounting != null) {
                                accounting.valid++;
                            }
                        }

                        @Override
                        public void reject(long line, RejectReason reason, String rawMasked) {
                            if (accounting != null) {
                                accounting.reject(line, reason, rawMasked);
                            }
                        }
                    });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read reference " + file.month() + "/" + file.name(), e);
        }
        problem.ifPresent(p -> {
            throw new IllegalStateException("the archived copy of " + file.month() + "/" + file.name()
                    + " no longer reads as at its ingest (" + p.note() + "): deliver the file again");
        });
    }

    /**
     * The shares of a registry extract being written: a row goes to each resolve partition it can
     * matter to, and to the checks' share when it says 死亡 (all the checks read of the registry).
     */
    private static final class Shares implements AutoCloseable {
        private final PartitionPersons byPart;
        private final List<ReferenceExtract.Output> outputs = new ArrayList<>();
        private final ReferenceExtract.Output deaths;

        Shares(Path extract, ReferenceSource source, PartitionPersons byPart) {
            this.byPart = byPart;
            if (byPart != null) {
                byPart.parts().forEach(p -> outputs.add(ReferenceExtract.create(ReferenceExtract.partPath(extract,
                        p.fileKey()), false)));
            }
            deaths = source == ReferenceSource.HUKOU
                    ? ReferenceExtract.create(ReferenceExtract.partPath(extract, ReferenceExtract.DEATHS), true) : null;
        }

        /** Adds {@code row}, formatted already as {@code line}, to the shares it goes to. */
        void add(ReferenceRow row, ReferenceExtract.Line line) {
            if (!outputs.isEmpty()) {
                BitSet need = byPart.need(row.id(), Names.normalize(row.text(ReferenceSource.Cols.NAME)));
                for (int p = need.nextSetBit(0); p >= 0; p = need.nextSetBit(p + 1)) {
                    outputs.get(p).add(line);
                }
            }
            if (deaths != null && DeceasedMemberRule.dead(row)) {
                deaths.add(line);
            }
        }

        void commit() {
            outputs.forEach(ReferenceExtract.Output::commit);
            if (deaths != null) {
                deaths.commit();
            }
        }

        @Override
        public void close() {
            outputs.forEach(ReferenceExtract.Output::close);
            if (deaths != null) {
                deaths.close();
            }
        }
    }
}
