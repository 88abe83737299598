package org.civilaffairs.reconcile.ingest;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.stream.Collectors;
import org.civilaffairs.reconcile.policy.Policy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Loads one registered file: a roster is parsed, row-checked and staged; a reference file is read
 * through once to count and keep its rejects (its rows are streamed again by the checks).
 * Every row is counted: {@code rows_read = rows_loaded + rows_rejected} at this stage.
 */
@Service
public class FileIngester {

    private static final Logger log = LoggerFactory.getLogger(FileIngester.class);

    private final InboxFiles files;
    private final Staging staging;

    public FileIngester(InboxFiles files, Staging staging) {
        this.files = files;
        this.staging = staging;
    }

    public FileCounts ingest(InboxFile file, Policy policy) {
        staging.clear(file.id());
        if (FileDigest.UTF_16.equals(file.encoding())) {
            return rejectFile(file, new FileProblem("unsupported encoding UTF-16: save the file as UTF-8 or GBK", 0));
        }
        long start = System.nanoTime();
        try {
            FileCounts counts = file.isRoster() ? roster(file, policy) : reference(file);
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
             Staging.Batch<RosterRow> batch = staging.rosterBatch(file.id(), file.month())) {
            Header.Outcome opened = Header.read(records, RosterColumns.ALL);
            if (opened.problem() != null) {
                return new Staged(null, opened.problem());
            }
            warnUnknown(file, opened.header());
            RosterParser parser = new RosterParser(opened.header(), policy);
            long read = 0;
            long rejected = 0;
            try (ReadAhead ahead = new ReadAhead(records)) {
                CsvRecord record;
                while ((record = ahead.next()) != null) {
                    RosterRow row = parser.parse(record);
                    batch.add(row);
                    read++;
                    rejected += row.reject() == null ? 0 : 1;
                }
            }
            return new Staged(new FileCounts(read, read - rejected, rejected, 0), null);
        }
    }

    private FileCounts reference(InboxFile file) throws IOException {
        Optional<ReferenceSource> source = ReferenceSource.ofFileName(file.name().substring("reference/".length()));
        if (source.isEmpty()) {
            return rejectFile(file, new FileProblem("unknown reference source", 0));
        }
        long[] counts = new long[2];
        Optional<FileProblem> problem;
        try (Staging.Batch<Staging.ReferenceReject> rejects = staging.referenceRejects(file.id())) {
            problem = new ReferenceReader(source.get(), file.month()).read(file.archive(),
                    Encodings.byName(file.encoding()), new ReferenceReader.Sink() {
                        @Override
                        public void header(Header header) {
                            warnUnknown(file, header);
                        }

                        @Override
                        public void row(ReferenceRow row) {
                            counts[0]++;
                        }

                        @Override
                        public boolean readsTexts() {
                            return false;
                        }

                        @Override
                        public void reject(long line, RejectReason reason, String rawMasked) {
                            counts[1]++;
                            rejects.add(new Staging.ReferenceReject(line, reason, rawMasked));
                        }
                    });
        }
        if (problem.isPresent()) {
            return rejectFile(file, problem.get());
        }
        FileCounts result = new FileCounts(counts[0] + counts[1], counts[0], counts[1], 0);
        files.finish(file.id(), InboxFile.Status.LOADED, result, null);
        return result;
    }

    private FileCounts rejectFile(InboxFile file, FileProblem problem) {
        log.warn("{}/{}: file rejected: {}", file.month(), file.name(), problem.note());
        FileCounts counts = new FileCounts(problem.rowsRead(), 0, problem.rowsRead(), 0);
        files.finish(file.id(), InboxFile.Status.REJECTED, counts, problem.note());
        return counts;
    }

    /** Names the first unknown columns, each shortened: a hostile header must not flood the log. */
    private static void warnUnknown(InboxFile file, Header header) {
        if (!header.unknownColumns().isEmpty()) {
            log.warn("{}/{}: unknown columns ignored: {}", file.month(), file.name(), header.unknownColumns().stream()
                    .limit(20).map(c -> c.length() > 40 ? c.substring(0, 40) + "…" : c).collect(Collectors.joining(", ")));
        }
    }
}
