package org.civilaffairs.reconcile.identity;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Predicate;
import org.civilaffairs.reconcile.ingest.CsvRecord;
import org.civilaffairs.reconcile.ingest.Encodings;
import org.civilaffairs.reconcile.ingest.Header;
import org.civilaffairs.reconcile.ingest.InboxFile;
import org.civilaffairs.reconcile.ingest.ReferenceReader;
import org.civilaffairs.reconcile.ingest.ReferenceRow;
import org.civilaffairs.reconcile.ingest.ReferenceSource;

/**
 * Streams the registry in force and keeps only what a month's rosters can ask of it: the name of
 * each valid roster ID, and the people named like a roster person whose ID is broken (the repair
 * candidates). A valid ID found under another name makes its roster name a repair name too; the
 * few such names not yet known are collected by a second pass. Keeping every person who merely
 * shares a roster name would hold most of a city's registry in memory.
 */
public final class RegistryLoader {

    private RegistryLoader() {
    }

    /**
     * @param brokenNames normalized names of roster persons whose ID is not valid
     * @param namesById   each valid roster ID with the normalized names it is written with
     */
    public static Registry load(Optional<InboxFile> hukou, Set<String> brokenNames, Map<String, Set<String>> namesById) {
        if (hukou.isEmpty()) {
            return Registry.notDelivered();
        }
        Registry registry = Registry.empty();
        stream(hukou.get(), namesById::containsKey, brokenNames, (id, name) -> {
            if (namesById.containsKey(id)) {
                registry.addId(id, name);
            }
            if (brokenNames.contains(name)) {
                registry.addName(id, name);
            }
        });
        Set<String> lateNames = new HashSet<>();
        namesById.forEach((id, names) -> {
            String registered = registry.nameOf(id);
            if (registered != null) {
                names.stream().filter(n -> !n.equals(registered) && !brokenNames.contains(n)).forEach(lateNames::add);
            }
        });
        if (!lateNames.isEmpty()) {
            stream(hukou.get(), id -> false, lateNames, registry::addName);
        }
        return registry;
    }

    /** Passes every valid registry row whose ID or normalized name is wanted. */
    private static void stream(InboxFile file, Predicate<String> idWanted, Set<String> namesWanted,
                               BiConsumer<String, String> keep) {
        try {
            new ReferenceReader(ReferenceSource.HUKOU, file.month()).read(file.archive(), Encodings.byName(file.encoding()),
                    new ReferenceReader.Sink() {
                        @Override
                        public boolean wants(String candidateId, Header header, CsvRecord record) {
                            return candidateId != null && idWanted.test(candidateId)
                                    || namesWanted.contains(Names.normalize(header.value(record, ReferenceSource.Cols.NAME)));
                        }

                        @Override
                        public void row(ReferenceRow row) {
                            String name = Names.normalize(row.text(ReferenceSource.Cols.NAME));
                            if (idWanted.test(row.id()) || namesWanted.contains(name)) {
                                keep.accept(row.id(), name);
                            }
                        }
                    });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the registry " + file.month() + "/" + file.name(), e);
        }
    }
}
