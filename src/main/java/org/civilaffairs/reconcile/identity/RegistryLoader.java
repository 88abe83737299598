package org.civilaffairs.reconcile.identity;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.civilaffairs.reconcile.ingest.CsvRecord;
import org.civilaffairs.reconcile.ingest.Encodings;
import org.civilaffairs.reconcile.ingest.Header;
import org.civilaffairs.reconcile.ingest.InboxFile;
import org.civilaffairs.reconcile.ingest.Prefilter;
import org.civilaffairs.reconcile.ingest.ReferenceExtract;
import org.civilaffairs.reconcile.ingest.ReferenceReader;
import org.civilaffairs.reconcile.ingest.ReferenceRow;
import org.civilaffairs.reconcile.ingest.ReferenceSource;

/**
 * Streams the registry in force once and keeps only what a month's rosters can ask of it: the name
 * of each valid roster ID, the people named like a roster person whose ID is broken (repair
 * candidates, §5), and, for a valid ID the registry may hold under another name, the people of the
 * same name born the same day: the only ones that can repair a valid ID, since no valid ID is one
 * substitution or transposition from another (MOD 11-2 detects both). Keeping everyone who merely
 * shares a roster name would hold most of a city's registry in memory.
 */
public final class RegistryLoader {

    private RegistryLoader() {
    }

    /**
     * @param extract   the month's extract of the registry, read instead of the file when there is one
     * @param questions what the partition's roster persons ask of the registry
     */
    public static Registry load(Optional<InboxFile> hukou, Path extract, RegistryQuestions questions) {
        if (hukou.isEmpty()) {
            return Registry.notDelivered();
        }
        Matcher matcher = new Matcher(questions);
        // an extract holds rows the month's persons can need: each is decided exactly, none is built
        if (ReferenceExtract.peek(extract, ReferenceSource.HUKOU, List.of(ReferenceSource.Cols.NAME),
                row -> matcher.row(row.id(), row.text(ReferenceSource.Cols.NAME)))) {
            return matcher.registry;
        }
        InboxFile file = hukou.get();
        try {
            new ReferenceReader(ReferenceSource.HUKOU, file.month()).read(file.archive(), Encodings.byName(file.encoding()),
                    new FileSink(matcher));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the registry " + file.month() + "/" + file.name(), e);
        }
        return matcher.registry;
    }

    /** Keeps the registry rows a partition's rosters can ask about. */
    private static final class Matcher {
        final Registry registry;
        private final RegistryQuestions questions;

        Matcher(RegistryQuestions questions) {
            this.registry = Registry.empty(questions.validIdCount());
            this.questions = questions;
        }

        void row(String id, String rawName) {
            String name = Names.normalize(rawName);
            if (questions.asksId(id)) {
                registry.addId(id, name);
            }
            if (questions.asksName(name, id)) {
                registry.addName(id, name);
            }
        }

        /** Whether a row can matter, asked before it is built; {@link #row} decides exactly. */
        boolean wants(String candidateId, String name) {
            return questions.asksId(candidateId) || questions.asksName(name, candidateId);
        }
    }

    /**
     * The matcher over the delivered file, where most of five million rows matter to no one: a row
     * is built only when its ID or its name is asked about.
     */
    private static final class FileSink implements ReferenceReader.Sink {
        private final Matcher matcher;

        FileSink(Matcher matcher) {
            this.matcher = matcher;
        }

        @Override
        public boolean wants(String candidateId, Header header, CsvRecord record) {
            String name = Names.normalize(header.value(record, ReferenceSource.Cols.NAME));
            return matcher.wants(candidateId, name);
        }

        @Override
        public void row(ReferenceRow row) {
            matcher.row(row.id(), row.text(ReferenceSource.Cols.NAME));
        }
    }

    public static int nameAndBirthDay(String name, String id) {
        return 31 * name.hashCode() + Prefilter.hash(id, 6, 14);
    }
}
