package org.civilaffairs.reconcile.ingest;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.civilaffairs.reconcile.policy.Policy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * Loads one registered file: a roster is parsed, row-checked and staged; of a reference file only
 * the header is read here, and its rows once, by its month's extraction, which counts them.
 * Every roster row is counted: {@code rows_read = rows_loaded + rows_rejected} at this stage.
 */
@Service
public class FileIngester {

    private static final Logger log = LoggerFactory.getLogger(FileIngester.class);

    private final InboxFiles files;
    private final Staging staging;
    private final Path archiveDir;

    public FileIngester(InboxFiles files, Staging staging, @Value("${reconcile.archive-dir:data/archive}") Path archiveDir) {
        this.files = files;
        this.staging = staging;
        this.archiveDir = archiveDir;
    }

    /**
     * Ingests the files in turn, each file's status and streets in the caller's transaction (its rows
     * are committed as they are written, {@link Staging}), once what an earlier attempt left of any of
     * them is removed: the deletes all come first, so that on MySQL a partition that waits on
     * another's rows while it deletes holds no rows that the other could wait on.
     */
    public long ingest(List<InboxFile> group, Policy policy) {
        group.forEach(file -> staging.clear(file.id()));
        return group.stream().mapToLong(file -> ingest(file, policy).read()).sum();
    }

    private FileCounts ingest(InboxFile file, Policy policy) {
        if (FileDigest.UTF_16.equals(file.encoding())) {
            return rejectFile(file, new FileProblem("unsupported encoding UTF-16: save the file as UTF-8 or GBK", 0));
        }
        long start = System.nanoTime();
        try {
            if (!file.isRoster()) {
                return reference(file);
            }
            FileCounts counts = roster(file, policy);
            log.info("{}/{}: {} rows read in {} ms", file.month(), file.name(), counts.read(), (System.nanoTime() - start) / 1_000_000);
            return counts;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read archived copy of " + file.month() + "/" + file.name(), e);
        }
    }

    private FileCounts roster(InboxFile file, Policy policy) throws IOException {
        Staged staged = stage(file, policy); // its rows are all written once this returns
        if (staged.problem() != null) {
            return rejectFile(file, staged.problem());
        }
        files.finish(file.id(), InboxFile.Status.LOADED, staged.counts(), null);
        return staged.counts();
    }

    /** What staging a roster came to: its counts, or the problem of its header. */
    private record Staged(FileCounts counts, FileProblem problem) {
    }

    private Staged stage(InboxFile file, Policy policy) throws IOException {
        try (Reader reader = Encodings.open(file.archive(), Encodings.byName(file.encoding()));
             CsvRecordReader records = new CsvRecordReader(reader);
             Staging.RosterBatch batch = staging.rosterBatch(file.id(), file.month(), archiveDir)) {
            Header.Outcome opened = Header.read(records, RosterColumns.ALL);
            if (opened.problem() != null) {
                return new Staged(null, opened.problem());
            }
            warnColumns(file, opened.header());
            RosterParser parser = new RosterParser(opened.header(), policy);
            long read = 0;
            long rejected = 0;
            try (ReadAhead<CsvRecord> ahead = ReadAhead.records(records)) {
                CsvRecord record;
                while ((record = ahead.next()) != null) {
                    RosterRow row = parser.parse(record);
                    if (row.reject() == RejectReason.COLUMN_COUNT) {
                        warnRunaway(file, record);
                    }
                    CsvRecord current = record;
                    batch.add(row, () -> row.reject() != null ? row.rawMasked() : parser.rawMasked(current));
                    read++;
                    rejected += row.reject() == null ? 0 : 1;
                }
            }
            return new Staged(new FileCounts(read, read - rejected, rejected, 0), null);
        }
    }

    /**
     * A reference file's header, which decides whether the file is used; its rows are validated,
     * counted and kept in the one pass the month's extraction makes over it.
     */
    private FileCounts reference(InboxFile file) throws IOException {
        Optional<ReferenceSource> source = ReferenceSource.ofFileName(file.name().substring("reference/".length()));
        if (source.isEmpty()) {
            return rejectFile(file, new FileProblem(ReferenceSource.UNKNOWN_NOTE, 0));
        }
        Header.Outcome opened = new ReferenceReader(source.get(), file.month()).header(file.archive(),
                Encodings.byName(file.encoding()));
        if (opened.problem() != null) {
            return rejectFile(file, opened.problem());
        }
        warnColumns(file, opened.header());
        files.finish(file.id(), InboxFile.Status.LOADED, FileCounts.ZERO, null);
        return FileCounts.ZERO;
    }

    private FileCounts rejectFile(InboxFile file, FileProblem problem) {
        log.warn("{}/{}: file rejected: {}", file.month(), file.name(), problem.note());
        FileCounts counts = new FileCounts(problem.rowsRead(), 0, problem.rowsRead(), 0);
        files.finish(file.id(), InboxFile.Status.REJECTED, counts, problem.note());
        return counts;
    }

    /**
     * A record rejected for its column count that runs over several lines: a quote opened in it took
     * the line breaks after it for its value's, so the rows on those lines are part of this one reject.
     */
    private static void warnRunaway(InboxFile file, CsvRecord record) {
        long lines = record.raw().lines().count();
        if (lines > 1) {
            log.warn("{}/{}: line {}: a quoted value runs over {} lines, read as one record and rejected (COLUMN_COUNT):"
                    + " check the quotes there", file.month(), file.name(), record.line(), lines);
        }
    }

    /** Names the first unknown and repeated columns, each shortened: a hostile header must not flood the log. */
    private static void warnColumns(InboxFile file, Header header) {
        if (!header.unknownColumns().isEmpty()) {
            log.warn("{}/{}: unknown columns ignored: {}", file.month(), file.name(), header.unknownColumns().stream().limit(20)
                    .map(Header::shortened).collect(Collectors.joining(", ")));
        }
        if (!header.repeatedColumns().isEmpty()) {
            log.warn("{}/{}: columns named twice, the later ignored: {}", file.month(), file.name(),
                    header.repeatedColumns().stream().limit(20).collect(Collectors.joining(", ")));
        }
    }
}
