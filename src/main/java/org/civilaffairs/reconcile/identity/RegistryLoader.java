package org.civilaffairs.reconcile.identity;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
     * @param extract     the month's extract of the registry, read instead of the file when there is one
     * @param brokenNames normalized names of roster persons whose ID is not valid
     * @param namesById   each valid roster ID with the normalized names it is written with
     */
    public static Registry load(Optional<InboxFile> hukou, Path extract, Set<String> brokenNames,
                                Map<String, Set<String>> namesById) {
        if (hukou.isEmpty()) {
            return Registry.notDelivered();
        }
        Matcher matcher = new Matcher(brokenNames, namesById);
        // an extract holds rows the month's persons can need: each is decided exactly, none is built
        if (ReferenceExtract.peek(extract, ReferenceSource.HUKOU,
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
        final Map<String, Set<String>> namesById;
        private final Set<String> brokenNames;
        private final Map<String, Set<String>> birthDaysByName;

        Matcher(Set<String> brokenNames, Map<String, Set<String>> namesById) {
            this.registry = Registry.empty(namesById.size());
            this.brokenNames = brokenNames;
            this.namesById = namesById;
            this.birthDaysByName = new HashMap<>(Registry.hashCapacity(namesById.size()));
            namesById.forEach((id, names) -> names.forEach(n ->
                    birthDaysByName.compute(n, (name, days) -> SmallSets.add(days, id.substring(6, 14)))));
        }

        void row(String id, String rawName) {
            String name = Names.normalize(rawName);
            if (namesById.containsKey(id)) {
                registry.addId(id, name);
            }
            if (brokenNames.contains(name) || sameBirthDay(name, id)) {
                registry.addName(id, name);
            }
        }

        /** Whether a row can matter, asked before it is built; {@link #row} decides exactly. */
        boolean wants(String candidateId, String name, Prefilter ids, Prefilter namedBirthDays) {
            if (candidateId != null && ids.mightContain(candidateId.hashCode()) && namesById.containsKey(candidateId)) {
                return true;
            }
            return brokenNames.contains(name) || candidateId != null
                    && namedBirthDays.mightContain(nameAndBirthDay(name, candidateId)) && sameBirthDay(name, candidateId);
        }

        private boolean sameBirthDay(String name, String id) {
            Set<String> days = birthDaysByName.get(name);
            return days != null && days.contains(id.substring(6, 14));
        }
    }

    /**
     * The matcher over the delivered file, where most of five million rows matter to no one: a row
     * is built only when two prefilters of the roster's IDs and names with birthdays let it through.
     */
    private static final class FileSink implements ReferenceReader.Sink {
        private final Matcher matcher;
        private final Prefilter ids;
        private final Prefilter namedBirthDays;

        FileSink(Matcher matcher) {
            this.matcher = matcher;
            this.ids = new Prefilter(matcher.namesById.size());
            this.namedBirthDays = new Prefilter(matcher.namesById.size());
            matcher.namesById.forEach((id, names) -> {
                ids.add(id.hashCode());
                names.forEach(n -> namedBirthDays.add(nameAndBirthDay(n, id)));
            });
        }

        @Override
        public boolean wants(String candidateId, Header header, CsvRecord record) {
            String name = Names.normalize(header.value(record, ReferenceSource.Cols.NAME));
            return matcher.wants(candidateId, name, ids, namedBirthDays);
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
