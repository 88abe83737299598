package org.civilaffairs.reconcile.checks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Optional;
import java.util.Set;
import org.civilaffairs.reconcile.ingest.CsvRecord;
import org.civilaffairs.reconcile.ingest.Encodings;
import org.civilaffairs.reconcile.ingest.Header;
import org.civilaffairs.reconcile.ingest.InboxFile;
import org.civilaffairs.reconcile.ingest.InboxFiles;
import org.civilaffairs.reconcile.ingest.Prefilter;
import org.civilaffairs.reconcile.ingest.ReferenceExtract;
import org.civilaffairs.reconcile.ingest.ReferenceReader;
import org.civilaffairs.reconcile.ingest.ReferenceRow;
import org.civilaffairs.reconcile.ingest.ReferenceSource;
import org.civilaffairs.reconcile.ingest.WantedIds;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Reads each source in force for a month (its own delivery or the latest earlier one) from the
 * month's extract of it ({@link ReferenceExtract}), or streams the delivered file where there is
 * no extract, and keeps only the rows of the given persons: memory follows the rosters, not the
 * references.
 * Of the registry only the rows saying 死亡 are kept: no check reads the others, and a city's
 * month would otherwise hold a registry row for every roster person.
 */
@Component
public class ReferenceFactsLoader {

    private final InboxFiles files;
    private final Path archiveDir;

    public ReferenceFactsLoader(InboxFiles files, @Value("${reconcile.archive-dir:data/archive}") Path archiveDir) {
        this.files = files;
        this.archiveDir = archiveDir;
    }

    public ReferenceFacts load(YearMonth month, Set<String> personKeys) {
        ReferenceFacts facts = new ReferenceFacts();
        Prefilter keys = new Prefilter(personKeys.size());
        personKeys.forEach(k -> keys.add(k.hashCode()));
        WantedIds wanted = new WantedIds(personKeys);
        for (ReferenceSource source : ReferenceSource.values()) {
            Optional<InboxFile> file = files.referenceFor(source.fileStem(), month);
            if (file.isPresent()) {
                facts.delivered(source, file.get().month());
                // only the partition's persons' rows are read, through the extract's index
                if (!ReferenceExtract.readOf(extract(month, source, file.get()), source, wanted,
                        row -> keep(source, row, facts))) {
                    stream(source, file.get(), personKeys, keys, facts);
                }
            }
        }
        return facts;
    }

    /** The month's extract of a source; of the registry, its share that says 死亡 when there is one. */
    private Path extract(YearMonth month, ReferenceSource source, InboxFile file) {
        Path whole = ReferenceExtract.path(archiveDir, month, source, file);
        Path deaths = ReferenceExtract.partPath(whole, ReferenceExtract.DEATHS);
        return source == ReferenceSource.HUKOU && Files.exists(deaths) ? deaths : whole;
    }

    /** Which sources are in force for the month and from which snapshot, without reading them. */
    public ReferenceFacts deliveries(YearMonth month) {
        ReferenceFacts facts = new ReferenceFacts();
        for (ReferenceSource source : ReferenceSource.values()) {
            files.referenceFor(source.fileStem(), month).ifPresent(f -> facts.delivered(source, f.month()));
        }
        return facts;
    }

    /** Keeps a row of one of the persons: of the registry, only a row saying 死亡. */
    private static void keep(ReferenceSource source, ReferenceRow row, ReferenceFacts facts) {
        if (source != ReferenceSource.HUKOU || DeceasedMemberRule.dead(row)) {
            facts.add(source, row);
        }
    }

    private static void stream(ReferenceSource source, InboxFile file, Set<String> keys, Prefilter prefilter,
                               ReferenceFacts facts) {
        try {
            new ReferenceReader(source, file.month()).read(file.archive(), Encodings.byName(file.encoding()),
                    new ReferenceReader.Sink() {
                        @Override
                        public boolean wants(String candidateId, Header header, CsvRecord record) {
                            return candidateId != null && prefilter.mightContain(candidateId.hashCode()) && keys.contains(candidateId);
                        }

                        @Override
                        public void row(ReferenceRow row) {
                            if (keys.contains(row.id())) {
                                keep(source, row, facts);
                            }
                        }
                    });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read reference " + file.month() + "/" + file.name(), e);
        }
    }
}
